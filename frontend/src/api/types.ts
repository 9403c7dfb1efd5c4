// Resource types taken from the operations in the generated contract, so they follow
// the server without depending on how it names its schema components.
import type { paths } from './schema'

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never

export type Me = Json<paths['/api/v1/me']['get']['responses'][200]>
export type TokenResponse = Json<paths['/api/v1/auth/token']['post']['responses'][200]>
export type User = Json<paths['/api/v1/users/{id}']['get']['responses'][200]>
export type Organization = Json<paths['/api/v1/organizations/{id}']['get']['responses'][200]>
export type Coverage = Json<paths['/api/v1/organizations/{id}/coverage']['get']['responses'][200]>
export type Area = Json<paths['/api/v1/areas/{id}']['get']['responses'][200]>
export type Unit = Json<paths['/api/v1/units']['get']['responses'][200]>['items'][number]
export type AuditEvent = Json<paths['/api/v1/audit-events']['get']['responses'][200]>['items'][number]
export type Member = Json<paths['/api/v1/members/{id}']['get']['responses'][200]>
export type MemberEvent = Json<paths['/api/v1/members/{id}/events']['get']['responses'][200]>['items'][number]
export type PersonalData = Json<paths['/api/v1/members/{id}/personal-data']['get']['responses'][200]>
export type ImportReport = Json<paths['/api/v1/members/import']['post']['responses'][200]>
export type Transfer = Json<paths['/api/v1/transfers/{id}']['get']['responses'][200]>
export type MyMember = Json<paths['/api/v1/me/member']['get']['responses'][200]>

// Code lists (enums) are open where the server answers them: a later server may answer a code this
// build does not know, so such a response field is a `string`. Where it receives them (request
// bodies, filters) they stay closed, and the names below are those closed lists, the codes this
// build knows. A code read from a response goes back only through `known` (./codes).
export type Role = NonNullable<UserUpdate['roles']>[number]
/** Open: the server only answers permissions. */
export type Action = Me['permissions'][number]
export type AreaKind = NonNullable<NonNullable<paths['/api/v1/areas']['get']['parameters']['query']>['kind']>

/** A page of a list endpoint: `{items, total, limit, offset}`. */
export interface Page<T> {
  items: T[]
  total: number
}

export type Category = MemberInput['category']
export type Stage = MemberInput['stage']
export type Gender = MemberInput['gender']
export type Education = NonNullable<MemberInput['education']>
export type EventKind = NonNullable<paths['/api/v1/members/{id}/events']['post']['requestBody']>['content']['application/json']['kind']
export type TransferStatus = NonNullable<NonNullable<paths['/api/v1/transfers']['get']['parameters']['query']>['status']>
/** Filters of the member list, shared with its Excel export. */
export type MemberQuery = NonNullable<paths['/api/v1/members']['get']['parameters']['query']>
export type MemberLink = NonNullable<MemberQuery['link']>
export type MemberInput = NonNullable<paths['/api/v1/members']['post']['requestBody']>['content']['application/json']
export type MemberPatch = NonNullable<paths['/api/v1/members/{id}']['patch']['requestBody']>['content']['application/json']

export type UserKind = NonNullable<NonNullable<paths['/api/v1/users']['post']['requestBody']>['content']['application/json']['kind']>
export type UserUpdate = NonNullable<paths['/api/v1/users/{id}']['patch']['requestBody']>['content']['application/json']
export type AccountChange = Json<paths['/api/v1/account-changes']['get']['responses'][200]>['items'][number]
export type ChangeStatus = NonNullable<NonNullable<paths['/api/v1/account-changes']['get']['parameters']['query']>['status']>

export type Development = Json<paths['/api/v1/members/{id}/development']['get']['responses'][200]>
export type DevelopmentStep = Development['steps'][number]
export type NewStep = NonNullable<paths['/api/v1/members/{id}/development/steps']['post']['requestBody']>['content']['application/json']
export type StepKind = NewStep['kind']
export type Purpose = NonNullable<NewStep['purpose']>
export type Vote = NonNullable<DevelopmentStep['vote']>
export type ExcludedMember = NonNullable<NewStep['excluded']>[number]
export type ExclusionReason = ExcludedMember['reason']
export type VotingRoster = Json<paths['/api/v1/organizations/{id}/voting-roster']['get']['responses'][200]>

export type Publicity = Json<paths['/api/v1/publicities/{id}']['get']['responses'][200]>
export type PublicitySite = Publicity['sites'][number]
export type Objection = PublicitySite['objections'][number]
/** Open: the server only answers site statuses. */
export type SiteStatus = PublicitySite['status']
export type ObjectionStatus = NonNullable<paths['/api/v1/publicity-objections/{id}/resolve']['post']['requestBody']>['content']['application/json']['status']

export type Campaign = Json<paths['/api/v1/evaluations/{id}']['get']['responses'][200]>
export type EvaluationEntry = Json<paths['/api/v1/evaluations/{id}/entries']['get']['responses'][200]>['items'][number]
export type NewOpinion = NonNullable<paths['/api/v1/members/{id}/evaluation-opinions']['post']['requestBody']>['content']['application/json']
export type Grade = NewOpinion['grade']
export type ManagementSide = NonNullable<NewOpinion['side']>

export type CalendarYear = Json<paths['/api/v1/calendar/{year}']['get']['responses'][200]>
export type CalendarDay = CalendarYear['days'][number]

export type Alert = Json<paths['/api/v1/alerts']['get']['responses'][200]>['items'][number]
/** Open: the server only answers alert kinds. */
export type AlertKind = Alert['kind']

export type PointsRule = Json<paths['/api/v1/points/rules/{id}']['get']['responses'][200]>
export type RuleCategory = RuleInput['category']
export type RuleInput = NonNullable<paths['/api/v1/points/rules']['post']['requestBody']>['content']['application/json']
export type MemberPoints = Json<paths['/api/v1/members/{id}/points']['get']['responses'][200]>
export type PointsEntry = MemberPoints['entries'][number]
export type ChainCheck = Json<paths['/api/v1/members/{id}/points/verify']['get']['responses'][200]>
export type Ranking = Json<paths['/api/v1/points/rankings']['get']['responses'][200]>

export type Meeting = Json<paths['/api/v1/meetings/{id}']['get']['responses'][200]>
export type MeetingType = NonNullable<paths['/api/v1/meetings']['post']['requestBody']>['content']['application/json']['meeting_type']
/** Open: the server only answers attendance codes. */
export type Attendance = Meeting['attendance'][number]['attendance']
export type Attachment = Json<paths['/api/v1/meetings/{id}/attachments']['post']['responses'][201]>
export type Compliance = Json<paths['/api/v1/organizations/{id}/compliance']['get']['responses'][200]>
export type BranchCompliance = Compliance['branches'][number]
export type RequirementLine = BranchCompliance['requirements'][number]
/** Open: the server only answers standings. */
export type Standing = RequirementLine['standing']

export type ResidentRequest = Json<paths['/api/v1/requests']['get']['responses'][200]>['items'][number]
export type RequestDetail = Json<paths['/api/v1/requests/{id}']['get']['responses'][200]>
export type RequestStepResult = Json<paths['/api/v1/requests/{id}/steps']['post']['responses'][200]>
export type RequestEvent = RequestDetail['events'][number]
export type RequestState = NonNullable<RequestQuery['state']>
export type RequestLevel = NonNullable<RequestQuery['level']>
export type RequestType = NewRequest['request_type']
export type RequestChannel = NonNullable<NewRequest['channel']>
export type RequestStep = RequestStepInput['step']
export type RequestStepInput = NonNullable<paths['/api/v1/requests/{id}/steps']['post']['requestBody']>['content']['application/json']
export type AssigneeKind = NonNullable<RequestStepInput['assignee']>['kind']
/** Filters of the request list. */
export type RequestQuery = NonNullable<paths['/api/v1/requests']['get']['parameters']['query']>
export type NewRequest = NonNullable<paths['/api/v1/requests']['post']['requestBody']>['content']['application/json']
export type RequestResident = Json<paths['/api/v1/requests/{id}/resident']['get']['responses'][200]>
export type RequestCategory = Json<paths['/api/v1/request-categories']['get']['responses'][200]>['items'][number]
export type Department = Json<paths['/api/v1/departments']['get']['responses'][200]>['items'][number]
export type RequestMetrics = Json<paths['/api/v1/request-metrics']['get']['responses'][200]>
export type AreaFigures = RequestMetrics['total']
export type RatingInvitation = Json<paths['/api/v1/request-ratings/{token}']['get']['responses'][200]>

export type Household = Json<paths['/api/v1/households/{id}']['get']['responses'][200]>
export type Visit = Json<paths['/api/v1/households/{id}/visits']['post']['responses'][201]>
export type NewVisit = NonNullable<paths['/api/v1/households/{id}/visits']['post']['requestBody']>['content']['application/json']
export type VisitCoverage = Json<paths['/api/v1/visit-coverage']['get']['responses'][200]>
export type GridCoverage = VisitCoverage['grids'][number]
export type RequestAttachment = RequestDetail['attachments'][number]
export type GridStaff = Json<paths['/api/v1/requests/{id}/assignees']['get']['responses'][200]>['items'][number]

export type Webhook = Json<paths['/api/v1/webhooks/{id}']['get']['responses'][200]>
export type CreatedWebhook = Json<paths['/api/v1/webhooks']['post']['responses'][201]>
export type NewWebhook = NonNullable<paths['/api/v1/webhooks']['post']['requestBody']>['content']['application/json']
export type EventType = NewWebhook['event_types'][number]
export type WebhookHost = Json<paths['/api/v1/webhook-hosts']['get']['responses'][200]>['items'][number]
export type Delivery = Json<paths['/api/v1/webhooks/{id}/deliveries']['get']['responses'][200]>['items'][number]

// Co-building (共驻共建): joint meetings, the three lists and tasks.
export type JointBody = Json<paths['/api/v1/joint-bodies/{id}']['get']['responses'][200]>
export type JointBodyInput = NonNullable<paths['/api/v1/joint-bodies']['post']['requestBody']>['content']['application/json']
export type Seat = JointBody['seats'][number]
export type SeatInput = NonNullable<paths['/api/v1/joint-bodies/{id}/seats']['post']['requestBody']>['content']['application/json']
export type SeatKind = SeatInput['kind']
export type JointMeeting = Json<paths['/api/v1/joint-meetings/{id}']['get']['responses'][200]>
export type JointMeetingChange = NonNullable<paths['/api/v1/joint-meetings/{id}']['patch']['requestBody']>['content']['application/json']
export type Resolution = JointMeeting['resolutions'][number]
export type Need = Json<paths['/api/v1/co-building/needs']['get']['responses'][200]>['items'][number]
export type NeedInput = NonNullable<paths['/api/v1/co-building/needs']['post']['requestBody']>['content']['application/json']
export type NeedSource = NeedInput['source']
export type ResourceKind = NonNullable<NeedInput['wanted_kind']>
export type Field = NonNullable<NeedInput['field']>
export type Suggestion = Json<paths['/api/v1/co-building/needs/{id}/suggestions']['get']['responses'][200]>['items'][number]
export type RecurringNeed = Json<paths['/api/v1/co-building/recurring-needs']['get']['responses'][200]>['items'][number]
export type CoResource = Json<paths['/api/v1/co-building/resources']['get']['responses'][200]>['items'][number]
export type ResourceInput = NonNullable<paths['/api/v1/co-building/resources']['post']['requestBody']>['content']['application/json']
export type Project = Json<paths['/api/v1/co-building/projects/{id}']['get']['responses'][200]>
export type ProjectProgress = Project['progress'][number]
export type ProgressPhoto = Json<paths['/api/v1/co-building/projects/{id}/progress/{progress_id}/photos']['post']['responses'][201]>
export type ProjectState = NonNullable<NonNullable<paths['/api/v1/co-building/projects']['get']['parameters']['query']>['state']>
export type CoTask = Json<paths['/api/v1/co-building/tasks/{id}']['get']['responses'][200]>
export type TaskInput = NonNullable<paths['/api/v1/co-building/tasks']['post']['requestBody']>['content']['application/json']
export type TaskAssignee = TaskInput['assignee_kind']
export type TaskQuery = NonNullable<paths['/api/v1/co-building/tasks']['get']['parameters']['query']>
export type TaskState = NonNullable<TaskQuery['state']>
export type FeedbackReport = Json<paths['/api/v1/co-building/feedback-reports/{id}']['get']['responses'][200]>
export type FeedbackReportQuery = NonNullable<paths['/api/v1/co-building/feedback-reports']['get']['parameters']['query']>
export type FeedbackReportInput = NonNullable<paths['/api/v1/co-building/feedback-reports']['post']['requestBody']>['content']['application/json']
export type ReportedTask = FeedbackReport['content']['tasks'][number]
export type ReportedProject = FeedbackReport['content']['projects'][number]

// The community's powers: assessment opinions (鉴定权) and the community affairs access list (社区事务准入).
export type Opinion = Json<paths['/api/v1/opinions/{id}']['get']['responses'][200]>
export type OpinionQuery = NonNullable<paths['/api/v1/opinions']['get']['parameters']['query']>
export type OpinionInput = NonNullable<paths['/api/v1/opinions']['post']['requestBody']>['content']['application/json']
export type OpinionRequestInput = NonNullable<paths['/api/v1/opinion-requests']['post']['requestBody']>['content']['application/json']
export type OpinionAnswer = NonNullable<paths['/api/v1/opinions/{id}/answer']['post']['requestBody']>['content']['application/json']
export type OpinionSubject = OpinionInput['subject_kind']
export type OpinionPurpose = OpinionInput['purpose']
export type OpinionState = NonNullable<OpinionQuery['state']>
export type Verdict = OpinionInput['verdict']
export type AffairsItem = Json<paths['/api/v1/community-affairs/items/{id}']['get']['responses'][200]>
export type AffairsItemQuery = NonNullable<paths['/api/v1/community-affairs/items']['get']['parameters']['query']>
export type AffairsItemInput = NonNullable<paths['/api/v1/community-affairs/items']['post']['requestBody']>['content']['application/json']
export type AffairsItemChange = NonNullable<paths['/api/v1/community-affairs/items/{id}']['patch']['requestBody']>['content']['application/json']
export type ItemList = AffairsItemInput['list']
export type ListType = AffairsItemInput['list_type']
export type ItemState = NonNullable<AffairsItemQuery['state']>
export type Assignment = Json<paths['/api/v1/community-affairs/assignments']['get']['responses'][200]>['items'][number]
export type AssignmentInput = NonNullable<paths['/api/v1/community-affairs/assignments']['post']['requestBody']>['content']['application/json']
export type AffairsRefusal = Json<paths['/api/v1/community-affairs/refusals']['get']['responses'][200]>['items'][number]
export type AffairsReport = Json<paths['/api/v1/community-affairs/report']['get']['responses'][200]>
export type AffairsReportRow = AffairsReport['rows'][number]

// The support ledgers (基础保障): office space, community cadres, funding lines, demonstration sites.
export type Space = Json<paths['/api/v1/support/spaces/{id}']['get']['responses'][200]>
export type SpaceInput = NonNullable<paths['/api/v1/support/spaces']['post']['requestBody']>['content']['application/json']
export type SpaceChange = NonNullable<paths['/api/v1/support/spaces/{id}']['patch']['requestBody']>['content']['application/json']
export type RoomKind = SpaceInput['rooms'][number]
export type Cadre = Json<paths['/api/v1/support/cadres']['get']['responses'][200]>['items'][number]
export type CadreQuery = NonNullable<paths['/api/v1/support/cadres']['get']['parameters']['query']>
export type CadreInput = NonNullable<paths['/api/v1/support/cadres']['post']['requestBody']>['content']['application/json']
export type FundingLine = Json<paths['/api/v1/support/funding']['get']['responses'][200]>['items'][number]
export type FundingInput = NonNullable<paths['/api/v1/support/funding']['post']['requestBody']>['content']['application/json']
export type FundingKind = FundingInput['kind']
export type FundingChange = NonNullable<paths['/api/v1/support/funding/{id}']['patch']['requestBody']>['content']['application/json']
export type DemonstrationSite = Json<paths['/api/v1/support/demonstration-sites']['get']['responses'][200]>['items'][number]
export type SiteInput = NonNullable<paths['/api/v1/support/demonstration-sites']['post']['requestBody']>['content']['application/json']
export type SiteType = SiteInput['site_type']
export type SupportFigures = Json<paths['/api/v1/support/figures']['get']['responses'][200]>
export type AreaShort = SupportFigures['below_standard_areas'][number]
// Leadership (§16): the leading bodies of the city and counties, the secretaries' annual review.
export type LeadingBody = Json<paths['/api/v1/support/leading-bodies/{id}']['get']['responses'][200]>
export type LeadingMember = LeadingBody['members'][number]
export type LeadingBodyInput = NonNullable<paths['/api/v1/support/leading-bodies']['post']['requestBody']>['content']['application/json']
export type SecretaryReview = Json<paths['/api/v1/support/secretary-reviews']['get']['responses'][200]>['items'][number]
export type ReviewInput = NonNullable<paths['/api/v1/support/secretary-reviews']['post']['requestBody']>['content']['application/json']
export type ReviewScore = SecretaryReview['scores'][number]
// The residents' page of a community's co-building (no login).
export type PublicSummary = Json<paths['/api/v1/public/communities/{id}/co-building']['get']['responses'][200]>
export type PublicProject = PublicSummary['projects'][number]
export type CoBuildingFigures = Json<paths['/api/v1/dashboard/co-building']['get']['responses'][200]>
// Online branches (网络党支部, §10): the member's online meetings and micro Party courses, practice posts.
export type MyMeeting = Json<paths['/api/v1/me/meetings']['get']['responses'][200]>['items'][number]
export type MyCourse = Json<paths['/api/v1/me/courses']['get']['responses'][200]>['items'][number]
export type Course = Json<paths['/api/v1/courses/{id}']['get']['responses'][200]>
export type CourseCompletion = Json<paths['/api/v1/courses/{id}/completions']['get']['responses'][200]>['items'][number]
export type PracticePost = Json<paths['/api/v1/practice-posts/{id}']['get']['responses'][200]>
export type PracticePostQuery = NonNullable<paths['/api/v1/practice-posts']['get']['parameters']['query']>
export type PracticePostInput = NonNullable<paths['/api/v1/practice-posts']['post']['requestBody']>['content']['application/json']
export type PostKind = PracticePostInput['kind']
