//! Rosters in Excel (and CSV): the import template and the all-or-nothing import; the
//! columns the export shares.

use std::collections::{HashMap, HashSet};

use actix_web::{HttpResponse, get, post, web};
use chrono::NaiveDate;
use domain::access::policy::{Action, Scope};
use domain::member::{Category, Education, EventKind, Gender, Stage};
use rust_xlsxwriter::{Format, Workbook};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use super::check::MemberError;
use super::sheet::read_rows;
use super::{MemberInput, Refs, check_member};
use crate::audit::{self, Event, Outcome};
use crate::auth::Caller;
use crate::data_key::DataKeys;
use crate::db::models::{MemberForm, NewMemberEvent};
use crate::db::repo::members;
use crate::db::repo::{areas, organizations, units};
use crate::db::{DbConnection, now};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::extract::{QueryParams, Upload};
use crate::state::AppState;

pub(super) use crate::routes::common::XLSX;
use crate::routes::common::{xlsx_error, xlsx_response};

/// Most rows one export writes; narrow the filter beyond that.
pub(super) const EXPORT_LIMIT: i64 = 50_000;
/// Most errors one import report lists.
const REPORTED_ERRORS: usize = 1_000;

/// The roster columns: contract field and Chinese header.
pub(super) const COLUMNS: [(&str, &str); 16] = [
    ("name", "姓名"),
    ("gender", "性别"),
    ("ethnicity", "民族"),
    ("birth_date", "出生日期"),
    ("id_number", "身份证号"),
    ("phone", "手机号"),
    ("address", "住址"),
    ("education", "学历"),
    ("stage", "阶段"),
    ("category", "类别"),
    ("membership_org_id", "组织关系所在党组织"),
    ("residence_org_id", "居住地党组织"),
    ("residence_area_id", "居住区域"),
    ("work_unit_id", "工作单位"),
    ("join_date", "入党日期"),
    ("conversion_date", "转正日期"),
];
const REQUIRED: [&str; 10] = [
    "name",
    "gender",
    "ethnicity",
    "birth_date",
    "id_number",
    "stage",
    "category",
    "membership_org_id",
    "residence_org_id",
    "residence_area_id",
];

pub(super) fn header_of(field: &str) -> &str {
    COLUMNS.iter().find(|(f, _)| *f == field).map_or(field, |(_, header)| header)
}

fn choices<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str, name: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|v| format!("{}（{}）", name(*v), code(*v))).collect::<Vec<_>>().join("、")
}

/// The import template (导入模板): the header row and a sheet explaining each column.
#[utoipa::path(operation_id = "get_member_import_template", tag = "members", responses((status = 200, description = "The template", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))]
#[get("/members/import-template")]
pub async fn get_member_import_template(caller: Caller) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    let sheet = workbook.add_worksheet().set_name("党员名册").map_err(xlsx_error)?;
    for (column, (_, header)) in (0u16..).zip(COLUMNS) {
        sheet.write_string_with_format(0, column, header, &bold).map_err(xlsx_error)?;
        // Text columns keep ID numbers and phones from turning into rounded numbers.
        sheet.set_column_format(column, &text).map_err(xlsx_error)?;
        sheet.set_column_width(column, 18).map_err(xlsx_error)?;
    }
    let notes = [
        ("性别", choices(Gender::ALL, Gender::code, Gender::chinese_name)),
        ("出生日期/入党日期/转正日期", "2026-03-02 形式的日期".to_owned()),
        ("身份证号", "18 位，出生日期须与身份证号一致，请以文本格式填写".to_owned()),
        ("学历", choices(Education::ALL, Education::code, Education::chinese_name)),
        ("阶段", choices(Stage::ALL, Stage::code, Stage::chinese_name)),
        ("类别", choices(Category::ALL, Category::code, Category::chinese_name)),
        ("组织关系所在党组织/居住地党组织", "党组织编号或全称".to_owned()),
        ("居住区域", "社区、网格或中心户的编号或全称".to_owned()),
        ("工作单位", "驻区单位的编号、全称或统一社会信用代码（在职党员必填）".to_owned()),
    ];
    let help = workbook.add_worksheet().set_name("填写说明").map_err(xlsx_error)?;
    help.write_string_with_format(0, 0, "列", &bold).map_err(xlsx_error)?;
    help.write_string_with_format(0, 1, "说明", &bold).map_err(xlsx_error)?;
    for (row, (column, note)) in (1u32..).zip(notes) {
        help.write_string(row, 0, column).map_err(xlsx_error)?;
        help.write_string(row, 1, note).map_err(xlsx_error)?;
    }
    let bytes = workbook.save_to_buffer().map_err(xlsx_error)?;
    Ok(xlsx_response(bytes, "member-import-template.xlsx"))
}

/// Resolves names to ids for the reference columns (an id, or an exact full name).
#[derive(Default)]
struct Names {
    orgs: HashMap<String, Vec<i64>>,
    areas: HashMap<String, Vec<i64>>,
    units: HashMap<String, Vec<i64>>,
}

impl Names {
    fn resolve(&mut self, conn: &mut DbConnection, kind: &str, text: &str) -> Result<i64, String> {
        if let Ok(id) = text.parse::<i64>() {
            return Ok(id);
        }
        let cache = match kind {
            "org" => &mut self.orgs,
            "area" => &mut self.areas,
            _ => &mut self.units,
        };
        if !cache.contains_key(text) {
            let ids: Vec<i64> = match kind {
                "org" => organizations::named(conn, text),
                "area" => areas::named(conn, text),
                _ => units::named(conn, text),
            }
            .map_err(|e| e.to_string())?;
            cache.insert(text.to_owned(), ids);
        }
        match cache.get(text).map(Vec::as_slice) {
            Some([id]) => Ok(*id),
            Some([]) | None => Err(format!("no record named `{text}`")),
            Some(_) => Err(format!("several records are named `{text}`; use the number")),
        }
    }
}

fn parse_code<T: Copy>(
    text: &str,
    all: &[T],
    code: impl Fn(T) -> &'static str,
    name: impl Fn(T) -> &'static str,
) -> Option<T> {
    all.iter().copied().find(|v| code(*v) == text || name(*v) == text)
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d"].iter().find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// One data row as a member, or the errors of its cells.
fn row_input(
    conn: &mut DbConnection,
    names: &mut Names,
    cell: &dyn Fn(&str) -> String,
) -> Result<MemberInput, Vec<FieldError>> {
    let mut errors = Vec::new();
    for field in REQUIRED {
        if cell(field).is_empty() {
            errors.push(FieldError::new(field, "required", "required"));
        }
    }
    let mut invalid = |field: &str, message: String| errors.push(FieldError::new(field, "invalid_value", message));
    let text = |field: &str| Some(cell(field)).filter(|v| !v.is_empty());
    let date = |field: &str, invalid: &mut dyn FnMut(&str, String)| {
        text(field).and_then(|v| {
            parse_date(&v).or_else(|| {
                invalid(field, format!("`{v}` is not a date like 2026-03-02"));
                None
            })
        })
    };
    let birth_date = date("birth_date", &mut invalid);
    let join_date = date("join_date", &mut invalid);
    let conversion_date = date("conversion_date", &mut invalid);
    let mut code = |field: &str, parsed: Option<Option<()>>| {
        if let Some(None) = parsed {
            invalid(field, format!("`{}` is not one of the listed values", cell(field)));
        }
    };
    let gender = text("gender").map(|v| parse_code(&v, Gender::ALL, Gender::code, Gender::chinese_name));
    code("gender", gender.map(|g| g.map(drop)));
    let education = text("education").map(|v| parse_code(&v, Education::ALL, Education::code, Education::chinese_name));
    code("education", education.map(|e| e.map(drop)));
    let stage = text("stage").map(|v| parse_code(&v, Stage::ALL, Stage::code, Stage::chinese_name));
    code("stage", stage.map(|s| s.map(drop)));
    let category = text("category").map(|v| parse_code(&v, Category::ALL, Category::code, Category::chinese_name));
    code("category", category.map(|c| c.map(drop)));
    let mut reference = |field: &str, kind: &str, errors: &mut Vec<FieldError>| {
        text(field).and_then(|v| match names.resolve(conn, kind, &v) {
            Ok(id) => Some(id),
            Err(message) => {
                errors.push(FieldError::new(field, "not_found", message));
                None
            }
        })
    };
    let membership_org_id = reference("membership_org_id", "org", &mut errors);
    let residence_org_id = reference("residence_org_id", "org", &mut errors);
    let residence_area_id = reference("residence_area_id", "area", &mut errors);
    let work_unit_id = reference("work_unit_id", "unit", &mut errors);
    let (Some(birth_date), Some(Some(gender)), Some(Some(stage)), Some(Some(category))) =
        (birth_date, gender, stage, category)
    else {
        return Err(errors);
    };
    let (Some(membership_org_id), Some(residence_org_id), Some(residence_area_id)) =
        (membership_org_id, residence_org_id, residence_area_id)
    else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let input = MemberInput {
        name: cell("name"),
        gender,
        ethnicity: cell("ethnicity"),
        birth_date,
        id_number: cell("id_number"),
        phone: text("phone"),
        address: text("address"),
        education: education.flatten(),
        stage,
        category,
        membership_org_id,
        residence_org_id,
        residence_area_id,
        work_unit_id,
        join_date,
        conversion_date,
    };
    input.validate().map_err(|e| match ApiError::from(e) {
        ApiError::Validation(errors) => errors,
        other => vec![FieldError::new("body", "invalid_value", other.to_string())],
    })?;
    Ok(input)
}

/// Options of an import.
#[derive(Debug, Deserialize, Validate, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// Check every row and write nothing.
    pub dry_run: Option<bool>,
}

/// Result of an import.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ImportReport {
    /// Data rows read.
    pub rows: usize,
    /// Members written (0 on a dry run).
    pub imported: usize,
}

/// Import a roster (导入党员名册) from `.xlsx` or `.csv` in the template's columns. Every
/// row is checked first; any error means nothing is written and the 422 answer lists
/// each error with its `row` and column (`field`).
#[utoipa::path(
    operation_id = "create_member_import",
    tag = "members",
    params(ImportQuery),
    request_body(
        description = "The roster file, as the raw body",
        content(
            (String = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (String = "text/csv")
        )
    ),
    responses((status = 200, description = "Every row was valid and imported", body = ImportReport))
)]
#[post("/members/import")]
pub async fn create_member_import(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<ImportQuery>,
    upload: Upload,
) -> ApiResult<HttpResponse> {
    caller.require(Action::WriteMembers)?;
    let rows = web::block(move || read_rows(&upload)).await??;
    let dry_run = query.dry_run.unwrap_or(false);
    let keys = std::sync::Arc::clone(&state.data_keys);
    // Every row is checked on a read connection: the write lock is taken only to insert.
    let scope = caller.scope.clone();
    let checked = state.read(move |conn| check_roster(conn, &keys, &scope, rows)).await?;
    if !checked.elsewhere.is_empty() {
        // Rows naming members outside the scope probe who is registered elsewhere.
        let event = Event {
            action: if dry_run { "member.import_check" } else { "member.import" },
            object_type: "member",
            object_id: None,
            outcome: Outcome::Denied,
            detail: Some(format!(
                "ID numbers of members outside the caller's scope: members={}",
                checked.elsewhere.join(",")
            )),
        };
        let actor = caller.actor();
        state.write(move |conn| audit::record(conn, &actor, event)).await?;
    }
    let forms = checked.forms?;
    let rows = forms.len();
    if dry_run {
        return Ok(HttpResponse::Ok().json(ImportReport { rows, imported: 0 }));
    }
    let keys = std::sync::Arc::clone(&state.data_keys);
    let imported = state.write(move |conn| insert_roster(conn, &keys, &caller, &forms)).await?;
    Ok(HttpResponse::Ok().json(ImportReport { rows, imported }))
}

/// A roster checked row by row.
struct CheckedRoster {
    /// The members to write, or the answer listing every error (nothing is written then).
    forms: Result<Vec<MemberForm>, ApiError>,
    /// Members outside the scope whose ID numbers the file named.
    elsewhere: Vec<String>,
}

/// Checks every row of a roster (reads only).
fn check_roster(
    conn: &mut DbConnection,
    keys: &DataKeys,
    scope: &Scope,
    rows: Vec<Vec<String>>,
) -> ApiResult<CheckedRoster> {
    let refused = |problem| Ok(CheckedRoster { forms: Err(problem), elsewhere: Vec::new() });
    let Some((header, data)) = rows.split_first() else {
        return Err(ApiError::field("file", "required", "the file is empty"));
    };
    let position: HashMap<&str, usize> = COLUMNS
        .iter()
        .filter_map(|(field, title)| header.iter().position(|h| h == title || h == field).map(|i| (*field, i)))
        .collect();
    let missing: Vec<FieldError> = REQUIRED
        .iter()
        .filter(|f| !position.contains_key(*f))
        .map(|f| FieldError::new(header_of(f), "required", "the column is missing from the header row").at_row(1))
        .collect();
    if !missing.is_empty() {
        return refused(import_problem(missing, 0));
    }
    let mut refs = Refs::default();
    let mut names = Names::default();
    let mut forms: Vec<MemberForm> = Vec::with_capacity(data.len());
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    let mut error_count = 0;
    let mut elsewhere = Vec::new();
    for (index, cells) in data.iter().enumerate() {
        let row_number = u32::try_from(index + 2).unwrap_or(u32::MAX);
        if cells.iter().all(String::is_empty) {
            continue;
        }
        let cell = |field: &str| position.get(field).and_then(|i| cells.get(*i)).cloned().unwrap_or_default();
        let result = row_input(conn, &mut names, &cell).and_then(|input| {
            check_member(conn, &mut refs, keys, scope, &input, None).map_err(|refused| {
                if let MemberError::IdNumberUnavailable { existing_member_id } = &refused {
                    elsewhere.push(existing_member_id.to_string());
                }
                refused.into_field_errors()
            })
        });
        let row_errors = match result {
            Ok(form) if !seen.insert(form.id_number.clone()) => {
                vec![FieldError::new("id_number", "duplicate", "the ID number appears twice in the file")]
            }
            Ok(form) => {
                forms.push(form);
                Vec::new()
            }
            Err(row_errors) => row_errors,
        };
        error_count += row_errors.len();
        for error in row_errors {
            if errors.len() < REPORTED_ERRORS {
                let column = header_of(&error.field).to_owned();
                errors.push(FieldError { field: column, ..error }.at_row(row_number));
            }
        }
    }
    let forms = if error_count > 0 { Err(import_problem(errors, error_count)) } else { Ok(forms) };
    Ok(CheckedRoster { forms, elsewhere })
}

/// Writes checked members with their "registered" events; returns how many. The unique
/// index on ID numbers refuses a member registered meanwhile (409).
fn insert_roster(conn: &mut DbConnection, keys: &DataKeys, caller: &Caller, forms: &[MemberForm]) -> ApiResult<usize> {
    let event = NewMemberEvent {
        member_id: 0,
        kind: EventKind::Registered.code().to_owned(),
        occurred_on: now().date(),
        org_id: caller.scope_org_id,
        counterpart_org_id: None,
        service_hours: None,
        certificate_no: None,
        content: Some("imported from a roster".to_owned()),
        recorded_by: Some(caller.id),
        recorded_by_name: Some(caller.display_name.clone()),
        created_at: now(),
    };
    let imported = members::insert_many(conn, keys, forms, &event)?.len();
    audit::record(
        conn,
        &caller.actor(),
        Event::success("member.import", "member", "*").with_detail(format!("rows={imported}")),
    )?;
    Ok(imported)
}

fn import_problem(errors: Vec<FieldError>, total: usize) -> ApiError {
    let count = total.max(errors.len());
    ApiError::Rule {
        code: "import-invalid",
        title: "The roster has errors; nothing was imported",
        detail: format!("{count} error(s) in the file; fix them and import the whole file again (nothing was written)"),
        errors,
    }
}
