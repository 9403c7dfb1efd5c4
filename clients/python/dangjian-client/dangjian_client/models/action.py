from enum import StrEnum


class Action(StrEnum):
    ASSIGN_AFFAIRS = "assign_affairs"
    GIVE_OPINIONS = "give_opinions"
    GRANT_ROLES = "grant_roles"
    HANDLE_REQUESTS = "handle_requests"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_AFFAIRS = "manage_affairs"
    MANAGE_CALENDAR = "manage_calendar"
    MANAGE_CO_BUILDING = "manage_co_building"
    MANAGE_SUPPORT = "manage_support"
    READ_AFFAIRS = "read_affairs"
    READ_AUDIT = "read_audit"
    READ_CO_BUILDING = "read_co_building"
    READ_MEMBERS = "read_members"
    READ_OPINIONS = "read_opinions"
    READ_OWN_RECORD = "read_own_record"
    READ_PERSONAL_DATA = "read_personal_data"
    READ_REQUESTS = "read_requests"
    READ_STRUCTURE = "read_structure"
    READ_SUPPORT = "read_support"
    RECORD_MEMBER_EVENTS = "record_member_events"
    RECORD_VISITS = "record_visits"
    REQUEST_OPINIONS = "request_opinions"
    SUBMIT_REQUESTS = "submit_requests"
    SUBSCRIBE_WEBHOOKS = "subscribe_webhooks"
    TAKE_PART_ONLINE = "take_part_online"
    WRITE_MEMBERS = "write_members"
    WRITE_STRUCTURE = "write_structure"

    def __str__(self) -> str:
        return str(self.value)
