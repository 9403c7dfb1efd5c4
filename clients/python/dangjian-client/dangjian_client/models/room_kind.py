from enum import StrEnum


class RoomKind(StrEnum):
    ACTIVITY_ROOM = "activity_room"
    CLINIC = "clinic"
    COMMITTEE_OFFICE = "committee_office"
    MEETING_ROOM = "meeting_room"
    OTHER = "other"
    POLICE_ROOM = "police_room"
    SERVICE_WINDOW = "service_window"
    TRANSFER_PLATFORM = "transfer_platform"

    def __str__(self) -> str:
        return str(self.value)
