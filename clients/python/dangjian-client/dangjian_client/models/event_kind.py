from enum import StrEnum


class EventKind(StrEnum):
    COMMITMENT = "commitment"
    INFLOW_REGISTRATION = "inflow_registration"
    NOTE = "note"
    OUTFLOW_REGISTRATION = "outflow_registration"
    POST = "post"
    REGISTERED = "registered"
    RELOCATION = "relocation"
    REPORT_IN = "report_in"
    SERVICE = "service"
    STAGE_CHANGE = "stage_change"
    TRANSFER_CONFIRMED = "transfer_confirmed"
    TRANSFER_ISSUED = "transfer_issued"
    TRANSFER_RETURNED = "transfer_returned"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)
