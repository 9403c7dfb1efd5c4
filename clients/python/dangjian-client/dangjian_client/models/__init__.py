"""Contains all the data models used in inputs/outputs"""

from .account_change_list import AccountChangeList
from .account_change_request import AccountChangeRequest
from .account_kind import AccountKind
from .action import Action
from .affairs_item import AffairsItem
from .affairs_item_change import AffairsItemChange
from .affairs_item_input import AffairsItemInput
from .affairs_item_list import AffairsItemList
from .affairs_refusal import AffairsRefusal
from .affairs_refusal_list import AffairsRefusalList
from .affairs_report import AffairsReport
from .affairs_report_row import AffairsReportRow
from .alert import Alert
from .alert_kind import AlertKind
from .alert_list import AlertList
from .alert_params import AlertParams
from .api_scope import ApiScope
from .area import Area
from .area_figures import AreaFigures
from .area_kind import AreaKind
from .area_list import AreaList
from .area_short import AreaShort
from .assignee import Assignee
from .assignee_input import AssigneeInput
from .assignee_kind import AssigneeKind
from .assignment import Assignment
from .assignment_input import AssignmentInput
from .assignment_list import AssignmentList
from .attachment import Attachment
from .attendance import Attendance
from .attendance_line import AttendanceLine
from .audit_event import AuditEvent
from .audit_event_list import AuditEventList
from .branch_compliance import BranchCompliance
from .bucket import Bucket
from .cadre import Cadre
from .cadre_departure import CadreDeparture
from .cadre_input import CadreInput
from .cadre_list import CadreList
from .calendar_day import CalendarDay
from .calendar_upload import CalendarUpload
from .calendar_year import CalendarYear
from .campaign import Campaign
from .campaign_list import CampaignList
from .category import Category
from .chain_check import ChainCheck
from .chain_head import ChainHead
from .chain_report import ChainReport
from .change_status import ChangeStatus
from .channel import Channel
from .client_secret import ClientSecret
from .clock_kind import ClockKind
from .co_building_figures import CoBuildingFigures
from .co_resource import CoResource
from .co_resource_list import CoResourceList
from .community_type import CommunityType
from .completion_input import CompletionInput
from .completion_list import CompletionList
from .compliance import Compliance
from .course import Course
from .course_completion import CourseCompletion
from .course_input import CourseInput
from .course_list import CourseList
from .course_update import CourseUpdate
from .coverage import Coverage
from .create_area import CreateArea
from .create_organization import CreateOrganization
from .create_user import CreateUser
from .created_webhook import CreatedWebhook
from .dashboard import Dashboard
from .day_kind import DayKind
from .delivery import Delivery
from .delivery_list import DeliveryList
from .delivery_status import DeliveryStatus
from .demonstration_site import DemonstrationSite
from .demonstration_site_list import DemonstrationSiteList
from .department import Department
from .department_list import DepartmentList
from .departure import Departure
from .development import Development
from .development_step import DevelopmentStep
from .education import Education
from .entry import Entry
from .entry_list import EntryList
from .entry_status import EntryStatus
from .event_kind import EventKind
from .event_type import EventType
from .excluded_member import ExcludedMember
from .exclusion import Exclusion
from .exclusion_reason import ExclusionReason
from .feedback_content import FeedbackContent
from .feedback_report import FeedbackReport
from .feedback_report_input import FeedbackReportInput
from .feedback_report_list import FeedbackReportList
from .field import Field
from .field_coverage import FieldCoverage
from .field_error import FieldError
from .field_error_params import FieldErrorParams
from .funding_change import FundingChange
from .funding_input import FundingInput
from .funding_kind import FundingKind
from .funding_line import FundingLine
from .funding_line_list import FundingLineList
from .funding_total import FundingTotal
from .gender import Gender
from .get_member_export_link import GetMemberExportLink
from .get_member_export_sort import GetMemberExportSort
from .grade import Grade
from .grant_type import GrantType
from .grid_coverage import GridCoverage
from .grid_staff import GridStaff
from .grid_staff_list import GridStaffList
from .health import Health
from .household import Household
from .household_list import HouseholdList
from .household_personal_data import HouseholdPersonalData
from .import_report import ImportReport
from .item_list import ItemList
from .item_state import ItemState
from .joint_body import JointBody
from .joint_body_input import JointBodyInput
from .joint_body_list import JointBodyList
from .joint_meeting import JointMeeting
from .joint_meeting_change import JointMeetingChange
from .joint_meeting_input import JointMeetingInput
from .joint_meeting_list import JointMeetingList
from .leading_body import LeadingBody
from .leading_body_change import LeadingBodyChange
from .leading_body_input import LeadingBodyInput
from .leading_body_list import LeadingBodyList
from .leading_member import LeadingMember
from .leave import Leave
from .level import Level
from .list_members_link import ListMembersLink
from .list_members_sort import ListMembersSort
from .list_organizations_sort import ListOrganizationsSort
from .list_requests_sort import ListRequestsSort
from .list_type import ListType
from .logout_request import LogoutRequest
from .management_side import ManagementSide
from .me import Me
from .meeting import Meeting
from .meeting_list import MeetingList
from .meeting_type import MeetingType
from .member import Member
from .member_count import MemberCount
from .member_event import MemberEvent
from .member_event_list import MemberEventList
from .member_input import MemberInput
from .member_list import MemberList
from .member_patch import MemberPatch
from .member_points import MemberPoints
from .metrics import Metrics
from .missing import Missing
from .my_course import MyCourse
from .my_course_list import MyCourseList
from .my_meeting import MyMeeting
from .my_meeting_list import MyMeetingList
from .my_member import MyMember
from .need import Need
from .need_input import NeedInput
from .need_list import NeedList
from .need_source import NeedSource
from .new_campaign import NewCampaign
from .new_department_input import NewDepartmentInput
from .new_entry import NewEntry
from .new_event import NewEvent
from .new_household_input import NewHouseholdInput
from .new_meeting import NewMeeting
from .new_objection import NewObjection
from .new_opinion import NewOpinion
from .new_publicity import NewPublicity
from .new_request_category import NewRequestCategory
from .new_resident_request import NewResidentRequest
from .new_result import NewResult
from .new_step import NewStep
from .new_transfer import NewTransfer
from .new_visit_input import NewVisitInput
from .new_webhook import NewWebhook
from .new_webhook_host import NewWebhookHost
from .objection import Objection
from .objection_decision import ObjectionDecision
from .objection_status import ObjectionStatus
from .opinion import Opinion
from .opinion_answer import OpinionAnswer
from .opinion_input import OpinionInput
from .opinion_list import OpinionList
from .opinion_purpose import OpinionPurpose
from .opinion_request_input import OpinionRequestInput
from .opinion_state import OpinionState
from .opinion_subject import OpinionSubject
from .org_kind import OrgKind
from .organization import Organization
from .organization_list import OrganizationList
from .organization_name import OrganizationName
from .organization_name_list import OrganizationNameList
from .password_change import PasswordChange
from .password_reset import PasswordReset
from .personal_data import PersonalData
from .points_entry import PointsEntry
from .points_entry_list import PointsEntryList
from .points_rule import PointsRule
from .points_rule_list import PointsRuleList
from .post_input import PostInput
from .post_kind import PostKind
from .post_member import PostMember
from .post_update import PostUpdate
from .practice_post import PracticePost
from .practice_post_list import PracticePostList
from .presence import Presence
from .problem import Problem
from .problem_type_type_0 import ProblemTypeType0
from .progress import Progress
from .progress_input import ProgressInput
from .progress_photo import ProgressPhoto
from .project import Project
from .project_count import ProjectCount
from .project_input import ProjectInput
from .project_list import ProjectList
from .project_rating import ProjectRating
from .project_state import ProjectState
from .project_transition import ProjectTransition
from .public_project import PublicProject
from .public_resource import PublicResource
from .public_summary import PublicSummary
from .publicity import Publicity
from .publicity_list import PublicityList
from .publicity_site import PublicitySite
from .purpose import Purpose
from .ranked import Ranked
from .ranked_list import RankedList
from .ranking import Ranking
from .rating_input import RatingInput
from .rating_invitation import RatingInvitation
from .recovery_codes import RecoveryCodes
from .recurring_need import RecurringNeed
from .recurring_need_list import RecurringNeedList
from .relocation import Relocation
from .report_state import ReportState
from .reported_project import ReportedProject
from .reported_task import ReportedTask
from .request_attachment import RequestAttachment
from .request_category import RequestCategory
from .request_category_list import RequestCategoryList
from .request_event import RequestEvent
from .request_metrics import RequestMetrics
from .request_resident import RequestResident
from .request_state import RequestState
from .request_step import RequestStep
from .request_step_input import RequestStepInput
from .request_step_result import RequestStepResult
from .request_type import RequestType
from .requirement_line import RequirementLine
from .resident_input import ResidentInput
from .resident_request import ResidentRequest
from .resident_request_detail import ResidentRequestDetail
from .resident_request_list import ResidentRequestList
from .resolution import Resolution
from .resolution_input import ResolutionInput
from .resource import Resource
from .resource_input import ResourceInput
from .resource_kind import ResourceKind
from .reversal import Reversal
from .review_input import ReviewInput
from .review_result import ReviewResult
from .review_score import ReviewScore
from .role import Role
from .room_kind import RoomKind
from .roster_member import RosterMember
from .rule_category import RuleCategory
from .rule_input import RuleInput
from .seat import Seat
from .seat_input import SeatInput
from .seat_kind import SeatKind
from .second_factor_code import SecondFactorCode
from .second_factor_setup import SecondFactorSetup
from .second_factor_start import SecondFactorStart
from .secretary_review import SecretaryReview
from .secretary_review_list import SecretaryReviewList
from .setting_type import SettingType
from .site_input import SiteInput
from .site_period import SitePeriod
from .site_role import SiteRole
from .site_status import SiteStatus
from .site_type import SiteType
from .space import Space
from .space_change import SpaceChange
from .space_input import SpaceInput
from .space_list import SpaceList
from .stage import Stage
from .stage_change import StageChange
from .standing import Standing
from .step_kind import StepKind
from .suggestion import Suggestion
from .suggestion_list import SuggestionList
from .support_figures import SupportFigures
from .task import Task
from .task_assignee import TaskAssignee
from .task_feedback import TaskFeedback
from .task_input import TaskInput
from .task_list import TaskList
from .task_state import TaskState
from .task_withdrawal import TaskWithdrawal
from .token_request import TokenRequest
from .token_response import TokenResponse
from .tombstone import Tombstone
from .tombstone_list import TombstoneList
from .transfer import Transfer
from .transfer_confirmation import TransferConfirmation
from .transfer_list import TransferList
from .transfer_return import TransferReturn
from .transfer_status import TransferStatus
from .unit import Unit
from .unit_coverage import UnitCoverage
from .unit_input import UnitInput
from .unit_list import UnitList
from .update_area import UpdateArea
from .update_organization import UpdateOrganization
from .update_user import UpdateUser
from .user import User
from .user_list import UserList
from .verdict import Verdict
from .visit import Visit
from .visit_coverage import VisitCoverage
from .visit_list import VisitList
from .vote_result import VoteResult
from .voting_roster import VotingRoster
from .webhook import Webhook
from .webhook_change import WebhookChange
from .webhook_host import WebhookHost
from .webhook_host_list import WebhookHostList
from .webhook_list import WebhookList

__all__ = (
    "AccountChangeList",
    "AccountChangeRequest",
    "AccountKind",
    "Action",
    "AffairsItem",
    "AffairsItemChange",
    "AffairsItemInput",
    "AffairsItemList",
    "AffairsRefusal",
    "AffairsRefusalList",
    "AffairsReport",
    "AffairsReportRow",
    "Alert",
    "AlertKind",
    "AlertList",
    "AlertParams",
    "ApiScope",
    "Area",
    "AreaFigures",
    "AreaKind",
    "AreaList",
    "AreaShort",
    "Assignee",
    "AssigneeInput",
    "AssigneeKind",
    "Assignment",
    "AssignmentInput",
    "AssignmentList",
    "Attachment",
    "Attendance",
    "AttendanceLine",
    "AuditEvent",
    "AuditEventList",
    "BranchCompliance",
    "Bucket",
    "Cadre",
    "CadreDeparture",
    "CadreInput",
    "CadreList",
    "CalendarDay",
    "CalendarUpload",
    "CalendarYear",
    "Campaign",
    "CampaignList",
    "Category",
    "ChainCheck",
    "ChainHead",
    "ChainReport",
    "ChangeStatus",
    "Channel",
    "ClientSecret",
    "ClockKind",
    "CoBuildingFigures",
    "CommunityType",
    "CompletionInput",
    "CompletionList",
    "Compliance",
    "CoResource",
    "CoResourceList",
    "Course",
    "CourseCompletion",
    "CourseInput",
    "CourseList",
    "CourseUpdate",
    "Coverage",
    "CreateArea",
    "CreatedWebhook",
    "CreateOrganization",
    "CreateUser",
    "Dashboard",
    "DayKind",
    "Delivery",
    "DeliveryList",
    "DeliveryStatus",
    "DemonstrationSite",
    "DemonstrationSiteList",
    "Department",
    "DepartmentList",
    "Departure",
    "Development",
    "DevelopmentStep",
    "Education",
    "Entry",
    "EntryList",
    "EntryStatus",
    "EventKind",
    "EventType",
    "ExcludedMember",
    "Exclusion",
    "ExclusionReason",
    "FeedbackContent",
    "FeedbackReport",
    "FeedbackReportInput",
    "FeedbackReportList",
    "Field",
    "FieldCoverage",
    "FieldError",
    "FieldErrorParams",
    "FundingChange",
    "FundingInput",
    "FundingKind",
    "FundingLine",
    "FundingLineList",
    "FundingTotal",
    "Gender",
    "GetMemberExportLink",
    "GetMemberExportSort",
    "Grade",
    "GrantType",
    "GridCoverage",
    "GridStaff",
    "GridStaffList",
    "Health",
    "Household",
    "HouseholdList",
    "HouseholdPersonalData",
    "ImportReport",
    "ItemList",
    "ItemState",
    "JointBody",
    "JointBodyInput",
    "JointBodyList",
    "JointMeeting",
    "JointMeetingChange",
    "JointMeetingInput",
    "JointMeetingList",
    "LeadingBody",
    "LeadingBodyChange",
    "LeadingBodyInput",
    "LeadingBodyList",
    "LeadingMember",
    "Leave",
    "Level",
    "ListMembersLink",
    "ListMembersSort",
    "ListOrganizationsSort",
    "ListRequestsSort",
    "ListType",
    "LogoutRequest",
    "ManagementSide",
    "Me",
    "Meeting",
    "MeetingList",
    "MeetingType",
    "Member",
    "MemberCount",
    "MemberEvent",
    "MemberEventList",
    "MemberInput",
    "MemberList",
    "MemberPatch",
    "MemberPoints",
    "Metrics",
    "Missing",
    "MyCourse",
    "MyCourseList",
    "MyMeeting",
    "MyMeetingList",
    "MyMember",
    "Need",
    "NeedInput",
    "NeedList",
    "NeedSource",
    "NewCampaign",
    "NewDepartmentInput",
    "NewEntry",
    "NewEvent",
    "NewHouseholdInput",
    "NewMeeting",
    "NewObjection",
    "NewOpinion",
    "NewPublicity",
    "NewRequestCategory",
    "NewResidentRequest",
    "NewResult",
    "NewStep",
    "NewTransfer",
    "NewVisitInput",
    "NewWebhook",
    "NewWebhookHost",
    "Objection",
    "ObjectionDecision",
    "ObjectionStatus",
    "Opinion",
    "OpinionAnswer",
    "OpinionInput",
    "OpinionList",
    "OpinionPurpose",
    "OpinionRequestInput",
    "OpinionState",
    "OpinionSubject",
    "Organization",
    "OrganizationList",
    "OrganizationName",
    "OrganizationNameList",
    "OrgKind",
    "PasswordChange",
    "PasswordReset",
    "PersonalData",
    "PointsEntry",
    "PointsEntryList",
    "PointsRule",
    "PointsRuleList",
    "PostInput",
    "PostKind",
    "PostMember",
    "PostUpdate",
    "PracticePost",
    "PracticePostList",
    "Presence",
    "Problem",
    "ProblemTypeType0",
    "Progress",
    "ProgressInput",
    "ProgressPhoto",
    "Project",
    "ProjectCount",
    "ProjectInput",
    "ProjectList",
    "ProjectRating",
    "ProjectState",
    "ProjectTransition",
    "Publicity",
    "PublicityList",
    "PublicitySite",
    "PublicProject",
    "PublicResource",
    "PublicSummary",
    "Purpose",
    "Ranked",
    "RankedList",
    "Ranking",
    "RatingInput",
    "RatingInvitation",
    "RecoveryCodes",
    "RecurringNeed",
    "RecurringNeedList",
    "Relocation",
    "ReportedProject",
    "ReportedTask",
    "ReportState",
    "RequestAttachment",
    "RequestCategory",
    "RequestCategoryList",
    "RequestEvent",
    "RequestMetrics",
    "RequestResident",
    "RequestState",
    "RequestStep",
    "RequestStepInput",
    "RequestStepResult",
    "RequestType",
    "RequirementLine",
    "ResidentInput",
    "ResidentRequest",
    "ResidentRequestDetail",
    "ResidentRequestList",
    "Resolution",
    "ResolutionInput",
    "Resource",
    "ResourceInput",
    "ResourceKind",
    "Reversal",
    "ReviewInput",
    "ReviewResult",
    "ReviewScore",
    "Role",
    "RoomKind",
    "RosterMember",
    "RuleCategory",
    "RuleInput",
    "Seat",
    "SeatInput",
    "SeatKind",
    "SecondFactorCode",
    "SecondFactorSetup",
    "SecondFactorStart",
    "SecretaryReview",
    "SecretaryReviewList",
    "SettingType",
    "SiteInput",
    "SitePeriod",
    "SiteRole",
    "SiteStatus",
    "SiteType",
    "Space",
    "SpaceChange",
    "SpaceInput",
    "SpaceList",
    "Stage",
    "StageChange",
    "Standing",
    "StepKind",
    "Suggestion",
    "SuggestionList",
    "SupportFigures",
    "Task",
    "TaskAssignee",
    "TaskFeedback",
    "TaskInput",
    "TaskList",
    "TaskState",
    "TaskWithdrawal",
    "TokenRequest",
    "TokenResponse",
    "Tombstone",
    "TombstoneList",
    "Transfer",
    "TransferConfirmation",
    "TransferList",
    "TransferReturn",
    "TransferStatus",
    "Unit",
    "UnitCoverage",
    "UnitInput",
    "UnitList",
    "UpdateArea",
    "UpdateOrganization",
    "UpdateUser",
    "User",
    "UserList",
    "Verdict",
    "Visit",
    "VisitCoverage",
    "VisitList",
    "VoteResult",
    "VotingRoster",
    "Webhook",
    "WebhookChange",
    "WebhookHost",
    "WebhookHostList",
    "WebhookList",
)
