#!/usr/bin/env python3
"""Captures the response examples of openapi/examples.json from a demo server.

Starts target/debug/dangjian (build it first: `cargo build -p api`) on a fresh demo city in a
temporary directory, sends every request example the way tests/tests/api/examples.rs does,
reads the rest with GET, trims every array to one item and writes each answer as the example
of its schema. Request examples are written by hand and kept as they are; the demo city's
ids are the same on every fresh start, so the ids written here are those the test looks up.
Not run by the tests: run it when what the server answers changes, then `make openapi`.
Nothing is written when a request is refused or a schema gets no answer.
"""

import base64
import hashlib
import hmac
import json
import os
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
# The smallest PNG: one transparent pixel (a progress photo).
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082")
EXAMPLES = ROOT / "openapi" / "examples.json"
CONTRACT = ROOT / "openapi" / "openapi.json"

# A roster of one member, as the import template lays it out.
IMPORT = [
    ["姓名", "性别", "民族", "出生日期", "身份证号", "手机号", "住址", "学历", "阶段", "类别", "组织关系所在党组织",
     "居住地党组织", "居住区域", "工作单位", "入党日期", "转正日期"],
    ["赵立新", "男", "汉族", "1993-09-22", "610902199309221538", "13891627705", "", "本科", "正式党员", "在籍党员",
     "育才社区第一网格党支部", "育才社区党委", "育才社区第一网格", "", "2016-07-01", "2017-07-01"],
]


def operations(contract):
    """operationId -> (method, path template, {status: response schema name})."""
    found = {}
    for path, item in contract["paths"].items():
        for method, operation in item.items():
            answers = {}
            for status, response in operation.get("responses", {}).items():
                for media_type, content in response.get("content", {}).items():
                    ref = content.get("schema", {}).get("$ref", "")
                    if status.startswith("2") and "json" in media_type and ref:
                        answers[int(status)] = ref.rsplit("/", 1)[-1]
            found[operation["operationId"]] = (method.upper(), path, answers)
    return found


class Server:
    """The demo city served from a temporary directory; `accounts` holds the demo passwords."""

    def __init__(self, binary):
        self.dir = tempfile.TemporaryDirectory(prefix="dangjian-examples-")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.env = dict(
            os.environ,
            DANGJIAN_DATA_DIR=self.dir.name,
            DANGJIAN_DATABASE_URL=f"sqlite://{self.dir.name}/demo.sqlite3",
            DANGJIAN_BIND=f"127.0.0.1:{port}",
            # The administrators' TOTP enrollment would stand before every answer they read.
            DANGJIAN_ADMIN_SECOND_FACTOR="false",
            DANGJIAN_SECURE_COOKIES="false",
            DANGJIAN_TOKEN_REQUESTS_PER_MINUTE="1000",
            DANGJIAN_WEBHOOK_INTERVAL_MS="200",
        )
        seeded = subprocess.run([binary, "seed", "--demo"], env=self.env, check=True, capture_output=True, text=True)
        self.accounts = {line.split()[0]: line.split()[2] for line in seeded.stdout.splitlines()[1:] if line.strip()}
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        self.process = subprocess.Popen([binary, "serve"], env=self.env, **quiet)
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{self.base}/readyz")
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("the demo server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait()
        self.dir.cleanup()


class Client:
    """Calls operations by id and keeps each 2xx JSON answer as a candidate example of its schema."""

    def __init__(self, base, contract):
        self.base = base
        self.operations = operations(contract)
        self.answers = {}
        self.refused = []

    def send(self, method, path, token=None, body=None, headers=None, raw=None):
        request = urllib.request.Request(self.base + path, method=method, headers=dict(headers or {}))
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        if body is not None:
            raw = json.dumps(body).encode()
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, data=raw) as response:
                status, answer_headers, text = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, answer_headers, text = error.code, error.headers, error.read()
        answer = json.loads(text) if text and "json" in answer_headers.get("Content-Type", "") else None
        return status, answer_headers, answer

    def op(self, operation_id, bearer=None, body=None, query="", if_match=None, headers=None, raw=None, **params):
        method, template, schemas = self.operations[operation_id]
        path = template.format(**params) + (f"?{query}" if query else "")
        headers = dict(headers or {})
        if if_match:
            headers["If-Match"] = if_match
        status, answer_headers, answer = self.send(method, path, bearer, body, headers, raw)
        if status >= 300:
            self.refused.append(f"{operation_id}: {status} {json.dumps(answer, ensure_ascii=False)}")
        elif status in schemas:
            self.keep(schemas[status], answer)
        return answer, answer_headers

    def keep(self, schema, answer):
        """The first answer of a schema, unless a later one has items where it has none."""
        kept = self.answers.get(schema)
        if kept is None or (isinstance(kept, dict) and kept.get("items") == [] and answer.get("items")):
            self.answers[schema] = answer

    def etag(self, operation_id, token, **params):
        return self.op(operation_id, token, **params)[1].get("ETag")


def totp(secret_base32, at=None):
    """The code an authenticator app shows (RFC 6238: HMAC-SHA1, 6 digits, 30 s)."""
    key = base64.b32decode(secret_base32 + "=" * (-len(secret_base32) % 8))
    counter = struct.pack(">Q", int((at or time.time()) // 30))
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


def trimmed(value):
    """Every array cut to its first item, for examples that stay readable."""
    if isinstance(value, list):
        return [trimmed(item) for item in value[:1]]
    if isinstance(value, dict):
        return {key: trimmed(item) for key, item in value.items()}
    return value


def writes(c, t, ex):
    """Every request example, in the order and with the accounts of tests/tests/api/examples.rs."""
    city, street, grid = t["city_admin"], t["laocheng_admin"], t["yucai_grid"]
    c.op("create_area", city, ex["CreateArea"])
    c.op("update_area", city, ex["UpdateArea"], id=8, if_match=c.etag("get_area", city, id=8))
    org = c.op("create_organization", city, ex["CreateOrganization"])[0]
    tag = c.etag("get_organization", city, id=org["id"])
    c.op("update_organization", city, ex["UpdateOrganization"], id=org["id"], if_match=tag)
    unit = c.op("create_unit", city, ex["UnitInput"])[0]
    c.op("update_unit", city, ex["UnitInput"], id=unit["id"], if_match=c.etag("get_unit", city, id=unit["id"]))
    member = c.op("create_member", street, ex["MemberInput"])[0]
    tag = c.etag("get_member", street, id=member["id"])
    c.op("update_member", street, ex["MemberPatch"], id=member["id"], if_match=tag)
    c.op("create_member_event", street, ex["NewEvent"], id=21)
    c.op("create_member_relocation", street, ex["Relocation"], id=21)
    c.op("create_development_step", street, ex["NewStep"], id=7)
    c.op("create_stage_change", street, ex["StageChange"], id=7)
    publicity = c.op("create_publicity", street, ex["NewPublicity"])[0]
    site = publicity["sites"][0]
    c.op("update_publicity_site", street, ex["SitePeriod"], id=site["id"], if_match=f'"{site["version"]}"')
    publicity = c.op("create_publicity_objection", street, ex["NewObjection"], id=site["id"])[0]
    objection = publicity["sites"][0]["objections"][0]
    c.op("create_publicity_objection_resolution", street, ex["ObjectionDecision"], id=objection["id"])
    transfer = c.op("create_transfer", street, ex["NewTransfer"])[0]
    c.op("create_transfer_return", street, ex["TransferReturn"], id=transfer["id"])
    transfer = c.op("create_transfer", street, ex["NewTransfer"])[0]
    c.op("create_transfer_confirmation", street, ex["TransferConfirmation"], id=transfer["id"])
    campaign = c.op("create_evaluation", street, ex["NewCampaign"])[0]
    c.op("create_evaluation_result", street, ex["NewResult"], id=campaign["id"])
    c.op("create_evaluation_opinion", street, ex["NewOpinion"], id=61)
    rule = c.op("create_points_rule", city, ex["RuleInput"])[0]
    tag = c.etag("get_points_rule", city, id=rule["id"])
    c.op("update_points_rule", city, ex["RuleInput"], id=rule["id"], if_match=tag)
    entry = c.op("create_points_entry", street, ex["NewEntry"])[0]
    c.op("create_points_entry_reversal", street, ex["Reversal"], id=entry["id"])
    c.op("create_meeting", street, ex["NewMeeting"])
    c.op("update_calendar", t["sysadmin"], ex["CalendarUpload"], year=2027)
    c.op("create_request_category", city, ex["NewRequestCategory"])
    c.op("create_department", city, ex["NewDepartmentInput"])
    household = c.op("create_household", grid, ex["NewHouseholdInput"])[0]
    c.op("create_visit", grid, ex["NewVisitInput"], id=household["id"])
    c.op("create_request", t["hotline12345"], ex["NewResidentRequest"])
    resolved = c.op("create_request_step", grid, ex["RequestStepInput"], id=3)[0]
    token = resolved["rating_link"].rsplit("/", 1)[-1]
    c.op("get_request_rating", None, token=token)
    c.op("create_request_rating", None, ex["RatingInput"], token=token)
    c.op("create_webhook_host", t["secadmin"], ex["NewWebhookHost"])
    webhook = c.op("create_webhook", t["hotline12345"], ex["NewWebhook"])[0]
    tag = c.etag("get_webhook", t["hotline12345"], id=webhook["id"])
    c.op("update_webhook", t["hotline12345"], ex["WebhookChange"], id=webhook["id"], if_match=tag)
    co_building(c, t["laocheng_admin"], ex)
    powers(c, t, ex)
    accounts(c, t, ex)


def co_building(c, street, ex):
    """老城街道's joint meeting, a held meeting and its resolution, a need met by a project, tasks."""
    body = c.op("create_joint_body", street, ex["JointBodyInput"])[0]
    c.op("create_joint_seat", street, ex["SeatInput"], id=body["id"])
    meeting = c.op("create_joint_meeting", street, ex["JointMeetingInput"], id=body["id"])[0]
    tag = c.etag("get_joint_meeting", street, id=meeting["id"])
    c.op("update_joint_meeting", street, ex["JointMeetingChange"], id=meeting["id"], if_match=tag)
    c.op("create_joint_resolution", street, ex["ResolutionInput"], id=meeting["id"])
    need = c.op("create_need", street, ex["NeedInput"])[0]
    c.op("create_resource", street, ex["ResourceInput"])
    c.op("get_need_suggestions", street, id=need["id"])
    project = c.op("create_project", street, ex["ProjectInput"])[0]
    progressed = c.op("create_project_progress", street, ex["ProgressInput"], id=project["id"])[0]
    c.op("create_progress_photo", street, query="name=%E9%85%8D%E9%80%81.png", id=project["id"],
         progress_id=progressed["progress"][0]["id"], raw=PNG, headers={"Content-Type": "image/png"})
    c.op("create_project_transition", street, ex["ProjectTransition"], id=project["id"])
    c.op("create_project_rating", street, ex["ProjectRating"], id=project["id"])
    task = c.op("create_task", street, ex["TaskInput"])[0]
    c.op("create_task_feedback", street, ex["TaskFeedback"], id=task["id"])
    withdrawn = c.op("create_task", street, ex["TaskInput"])[0]
    c.op("create_task_withdrawal", street, ex["TaskWithdrawal"], id=withdrawn["id"])
    report = c.op("create_feedback_report", street, ex["FeedbackReportInput"])[0]
    c.op("create_feedback_sign_off", street, id=report["id"])
    c.op("create_feedback_delivery", street, id=report["id"])


def powers(c, t, ex):
    """The community's opinions and the district's access list, as the test chains them."""
    city, street = t["city_admin"], t["laocheng_admin"]
    c.op("create_opinion", street, ex["OpinionInput"])
    asked = c.op("create_opinion_request", city, ex["OpinionRequestInput"])[0]
    c.op("create_opinion_answer", street, ex["OpinionAnswer"], id=asked["id"])
    item = c.op("create_affairs_item", city, ex["AffairsItemInput"])[0]
    tag = c.etag("get_affairs_item", city, id=item["id"])
    c.op("update_affairs_item", city, ex["AffairsItemChange"], id=item["id"], if_match=tag)
    c.op("create_assignment", city, ex["AssignmentInput"])
    # A refusal, for the list of refusals and the report.
    c.send("POST", "/api/v1/community-affairs/assignments", city, {**ex["AssignmentInput"], "item_id": None})
    space = c.op("create_space", city, ex["SpaceInput"])[0]
    tag = c.etag("get_space", city, id=space["id"])
    c.op("update_space", city, ex["SpaceChange"], id=space["id"], if_match=tag)
    cadre = c.op("create_cadre", city, ex["CadreInput"])[0]
    c.op("create_cadre_departure", city, ex["CadreDeparture"], id=cadre["id"])
    line = c.op("create_funding_line", city, ex["FundingInput"])[0]
    tag = c.etag("get_funding_line", city, id=line["id"])
    c.op("update_funding_line", city, ex["FundingChange"], id=line["id"], if_match=tag)
    c.op("create_demonstration_site", city, ex["SiteInput"])
    body = c.op("create_leading_body", city, ex["LeadingBodyInput"])[0]
    tag = c.etag("get_leading_body", city, id=body["id"])
    c.op("update_leading_body", city, ex["LeadingBodyChange"], id=body["id"], if_match=tag)
    review = c.op("create_secretary_review", city, ex["ReviewInput"])[0]
    c.op("create_review_score", city, ex["ReviewScore"], id=review["id"])
    course = c.op("create_course", city, ex["CourseInput"])[0]
    tag = c.etag("get_course", city, id=course["id"])
    c.op("update_course", city, ex["CourseUpdate"], id=course["id"], if_match=tag)
    c.op("create_course_completion", city, ex["CompletionInput"], id=course["id"])
    post = c.op("create_practice_post", city, ex["PostInput"])[0]
    tag = c.etag("get_practice_post", city, id=post["id"])
    c.op("update_practice_post", city, ex["PostUpdate"], id=post["id"], if_match=tag)


def accounts(c, t, ex):
    """A new account from creation to its second factor, as the examples chain it."""
    user = c.op("create_user", t["sysadmin"], ex["CreateUser"])[0]
    tag = c.etag("get_user", t["secadmin"], id=user["id"])
    c.op("update_user", t["secadmin"], ex["UpdateUser"], id=user["id"], if_match=tag)
    c.op("create_password_reset", t["secadmin"], ex["PasswordReset"], id=user["id"])
    first = c.op("create_token", None, ex["TokenRequest"])[0]
    c.op("create_password_change", first["access_token"], ex["PasswordChange"])
    username, password = ex["CreateUser"]["username"], ex["SecondFactorStart"]["password"]
    session = c.op("create_token", None, {"grant_type": "password", "username": username, "password": password})[0]
    setup = c.op("create_second_factor", session["access_token"], ex["SecondFactorStart"])[0]
    c.op("create_second_factor_confirmation", session["access_token"], {"code": totp(setup["secret"])})
    c.op("create_logout", None, {"refresh_token": session["refresh_token"]})


def run(client, server, ex):
    """The request examples in the test's order, then the reads and the answers no example asks for."""
    tokens = {name: login(client, name, secret) for name, secret in server.accounts.items()}
    writes(client, tokens, ex)
    reads(client, tokens, ex)


def reads(c, t, ex):
    """The answers of the reads, and of the operations that take no JSON example."""
    city, street, grid, hotline = t["city_admin"], t["laocheng_admin"], t["yucai_grid"], t["hotline12345"]
    for operation in ("get_health", "get_readiness"):
        c.op(operation)
    c.op("get_me", street)
    c.op("get_my_member", t["yucai_member"])
    c.op("list_alerts", street)
    c.op("get_dashboard", city, query="org_id=8")
    c.op("list_areas", city, query="limit=1")
    c.op("list_organizations", city, query="limit=1")
    c.op("list_organization_children", city, id=8)
    c.op("list_organization_names", hotline, query="limit=1")
    c.op("get_organization_compliance", city, id=9, query="period=2026")
    c.op("get_organization_coverage", city, id=8)
    c.op("get_voting_roster", street, id=9, query="on=2026-12-01")
    c.op("list_units", city, query="limit=1")
    members = c.op("list_members", street, query="org_id=9&limit=1")[0]
    member = members["items"][0]["id"]
    c.op("get_member_development", street, id=7)
    c.op("list_member_events", street, id=21)
    c.op("get_member_points", street, id=21)
    c.op("get_member_points_verification", street, id=21)
    mine = c.op("list_members", street, query="q=" + quote(ex["MemberInput"]["name"]))[0]["items"][0]
    c.op("get_member_personal_data", street, id=mine["id"], query="reason=" + quote("核对党员信息"))
    roster = "\n".join(",".join(row) for row in IMPORT)
    c.op("create_member_import", city, raw=roster.encode(), headers={"Content-Type": "text/csv"})
    c.op("list_transfers", street, query="limit=1")
    c.op("list_publicities", street, query="limit=1")
    c.op("list_evaluations", street, query="limit=1")
    c.op("list_evaluation_entries", street, id=1, query="limit=1")
    c.op("list_points_rules", city, query="limit=1")
    c.op("list_points_entries", street, query=f"member_id={member}&limit=1")
    c.op("get_points_ranking", city, query="org_id=8")
    c.op("list_points_ranking_entries", city, query="org_id=8&limit=1")
    meetings = c.op("list_meetings", street, query="org_id=9&limit=1")[0]
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    c.op("create_meeting_attachment", street, id=meetings["items"][0]["id"], query="name=" + quote("党课签到表.pdf"),
         raw=pdf, headers={"Content-Type": "application/pdf"})
    c.op("get_meeting", street, id=meetings["items"][0]["id"])
    c.op("list_departments", city)
    c.op("list_opinions", street, query="limit=1")
    c.op("get_opinion", city, id=1)
    c.op("list_affairs_items", city, query="limit=1")
    c.op("list_assignments", city, query="limit=1")
    c.op("list_affairs_refusals", city, query="limit=1")
    c.op("get_affairs_report", city)
    c.op("list_spaces", city, query="limit=1")
    c.op("list_cadres", city, query="limit=1&with_former=true")
    c.op("list_funding_lines", city, query="limit=1")
    c.op("list_demonstration_sites", city, query="limit=1")
    c.op("get_support_figures", city, query="year=2026")
    c.op("get_co_building_figures", city)
    c.op("list_leading_bodies", city, query="limit=1")
    c.op("list_secretary_reviews", city, query="limit=1")
    c.op("get_secretary_review", city, id=1)
    c.op("get_cadre", city, id=1)
    c.op("get_need", city, id=1)
    c.op("list_courses", city, query="limit=1")
    c.op("get_course", city, id=1)
    c.op("list_course_completions", city, id=1, query="limit=1")
    c.op("list_practice_posts", city, query="limit=1")
    c.op("get_practice_post", city, id=1)
    own = t["yucai_member"]
    mine = c.op("list_my_courses", own, query="limit=1")[0]["items"][0]
    c.op("get_my_course", own, id=mine["course"]["id"])
    online = c.op("list_my_meetings", own, query="online=true&limit=1")[0]["items"][0]
    c.op("create_meeting_check_in", own, id=online["meeting_id"])
    c.op("get_public_summary", None, id=8)
    c.op("list_request_categories", city)
    c.op("get_request_metrics", city)
    c.op("list_requests", grid, query="limit=1")
    external = "external_id=" + quote(ex["NewResidentRequest"]["external_id"])
    created = c.op("list_requests", hotline, query=external)[0]["items"][0]["id"]
    c.op("get_request", grid, id=created)
    c.op("get_request_resident", street, id=created, query="reason=" + quote("回访居民"))
    c.op("list_request_assignees", street, id=7)
    c.op("create_request_attachment", hotline, id=created, query="name=" + quote("现场照片.pdf"),
         raw=pdf, headers={"Content-Type": "application/pdf"})
    c.op("list_households", grid, query="limit=1")
    mine = max(h["id"] for h in c.op("list_households", grid, query="limit=200")[0]["items"])
    c.op("get_household", grid, id=mine)
    c.op("get_household_personal_data", street, id=mine, query="reason=" + quote("入户走访"))
    c.op("list_visits", grid, id=mine)
    c.op("get_visit_coverage", grid)
    c.op("get_calendar", city, year=2026)
    c.op("list_webhook_hosts", t["secadmin"])
    c.op("list_webhooks", hotline)
    for listing in ("list_joint_bodies", "list_needs", "list_resources", "list_projects"):
        c.op(listing, street, query="limit=1")
    c.op("list_tasks", street, query="state=done&limit=1")
    c.op("list_joint_meetings", city, id=1, query="limit=1")
    c.op("get_joint_body", city, id=1)
    c.op("get_project", city, id=1)
    c.op("get_task", city, id=1)
    c.op("get_recurring_needs", street, query="area_id=8&threshold=2")
    c.op("list_feedback_reports", street, query="limit=1")
    c.op("get_feedback_report", street, id=1)
    administration(c, t)
    # A refusal, last, so that the audit log read above does not end with it.
    wrong = dict(ex["MemberInput"], id_number=ex["MemberInput"]["id_number"][:17] + "0")
    c.keep("Problem", c.send("POST", "/api/v1/members", street, wrong)[2])


def administration(c, t):
    """The audit log, accounts waiting for a second administrator, secrets, deletions, deliveries."""
    c.op("list_audit_events", t["auditor"], query="limit=1")
    c.op("get_audit_chain", t["auditor"])
    users = c.op("list_users", t["sysadmin"], query="limit=200")[0]["items"]
    auditor = next(u["id"] for u in users if u["username"] == "auditor")
    hotline = next(u["id"] for u in users if u["username"] == "hotline12345")
    # Taking the auditor off duty waits for a second administrator, once another one holds the role.
    second = {"username": "li.shenji", "display_name": "审计管理员（备岗）", "password": "Audit-Backup-2026"}
    second = c.op("create_user", t["sysadmin"], second)[0]
    tag = c.etag("get_user", t["secadmin"], id=second["id"])
    c.op("update_user", t["secadmin"], {"roles": ["audit_admin"]}, id=second["id"], if_match=tag)
    tag = c.etag("get_user", t["secadmin"], id=auditor)
    change = c.op("update_user", t["secadmin"], {"disabled": True}, id=auditor, if_match=tag)[0]
    c.op("list_account_changes", t["sysadmin"])
    c.op("create_account_change_decline", t["sysadmin"], id=change["id"])
    c.op("create_client_secret", t["secadmin"], id=hotline)
    units = c.op("list_units", t["city_admin"], query="limit=200")[0]["items"]
    unit = max(u["id"] for u in units)
    c.op("delete_unit", t["city_admin"], id=unit, if_match=c.etag("get_unit", t["city_admin"], id=unit))
    c.op("list_tombstones", t["city_admin"], query="resource=unit")
    webhook = c.op("list_webhooks", t["hotline12345"])[0]["items"][0]
    # A change after the subscription, for a delivery to log.
    c.op("create_request_step", t["laocheng_admin"], {"step": "accept"}, id=7)
    for _ in range(50):
        deliveries = c.op("list_webhook_deliveries", t["hotline12345"], id=webhook["id"])[0]
        if deliveries["items"]:
            break
        time.sleep(0.2)
    delivery = deliveries["items"][0]["id"]
    c.op("create_webhook_redelivery", t["hotline12345"], id=webhook["id"], delivery_id=delivery)


def login(client, username, secret):
    grant = {"grant_type": "password", "username": username, "password": secret}
    if username == "hotline12345":
        grant = {"grant_type": "client_credentials", "client_id": username, "client_secret": secret}
    return client.send("POST", "/api/v1/auth/token", body=grant)[2]["access_token"]


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "debug" / "dangjian")
    contract = json.loads(CONTRACT.read_text())
    examples = json.loads(EXAMPLES.read_text())
    server = Server(binary)
    try:
        client = Client(server.base, contract)
        run(client, server, examples)
    finally:
        server.stop()
    responses = {schema for _, _, schemas in client.operations.values() for schema in schemas.values()}
    missing = [f"no answer for {schema}" for schema in sorted(responses | {"Problem"}) if schema not in client.answers]
    if client.refused or missing:
        raise SystemExit("\n".join(client.refused + missing))
    for schema in responses | {"Problem"}:
        examples[schema] = trimmed(client.answers[schema])
    EXAMPLES.write_text(json.dumps(examples, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
