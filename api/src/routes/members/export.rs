//! Export of the filtered member list (导出), masked unless the caller may see personal data.

use actix_web::{HttpResponse, get, web};
use domain::access::policy::Action;
use domain::member::{Category, Education, Gender, Side, Stage};
use rust_xlsxwriter::{Format, Workbook};

use super::Refs;
use super::handlers::{MemberQuery, member_filter, member_order, sides};
use super::roster::{COLUMNS, EXPORT_LIMIT};
use crate::audit::{self, Event};
use crate::auth::Caller;
use crate::data_key::DataKeys;
use crate::db::DbConnection;
use crate::db::keyset::Window;
use crate::db::models::MemberRow;
use crate::db::repo::members;
use crate::error::{ApiError, ApiResult};
use crate::extract::QueryParams;
use crate::routes::common::{xlsx_error, xlsx_response};
use crate::state::AppState;

/// Export the filtered member list as `.xlsx` (导出). ID numbers, phones and addresses
/// are masked and birth dates shown as years, as in the member list. With
/// `personal_data=true` and a `reason`, a caller who may read personal data gets the full
/// values of the members whose membership organization it holds; the audit event names
/// those members and the reason. Every export is audited.
#[utoipa::path(operation_id = "get_member_export", tag = "members", params(MemberQuery), responses((status = 200, description = "The roster", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))]
#[get("/members/export.xlsx")]
pub async fn get_member_export(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<MemberQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadMembers)?;
    let unmask = query.personal_data.unwrap_or(false);
    if unmask {
        caller.require(Action::ReadPersonalData)?;
        if query.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            return Err(ApiError::field("reason", "required", "say why full personal data is exported"));
        }
    }
    let keys = std::sync::Arc::clone(&state.data_keys);
    let caches = std::sync::Arc::clone(&state.caches);
    let personal_data = caller.require(Action::ReadPersonalData).is_ok();
    let bytes = state
        .write(move |conn| {
            let filter = member_filter(conn, &caches, &keys, &caller.scope, personal_data, &query)?;
            let (rows, total) = members::list(conn, &filter, member_order(query.sort), &Window::first(EXPORT_LIMIT))?;
            if total > EXPORT_LIMIT {
                return Err(ApiError::field(
                    "org_id",
                    "range",
                    format!("more than {EXPORT_LIMIT} members; narrow the filter"),
                ));
            }
            let sides = sides(&caller.scope, &rows);
            let unmasked: Vec<bool> = sides.iter().map(|side| unmask && *side == Side::Membership).collect();
            let bytes = write_roster(conn, &keys, &rows, &unmasked)?;
            let mut detail = format!("rows={}", rows.len());
            if unmask {
                let ids: Vec<String> =
                    rows.iter().zip(&unmasked).filter(|(_, full)| **full).map(|(row, _)| row.id.to_string()).collect();
                let reason = query.reason.as_deref().unwrap_or_default().trim();
                detail = format!("{detail}; personal data of members={}; reason={reason}", ids.join(","));
            }
            audit::record(conn, &caller.actor(), Event::success("member.export", "member", "*").with_detail(detail))?;
            Ok(bytes)
        })
        .await?;
    Ok(xlsx_response(bytes, "members.xlsx"))
}

/// The roster workbook; `unmasked[i]` says whether row `i` carries full personal data.
fn write_roster(conn: &mut DbConnection, keys: &DataKeys, rows: &[MemberRow], unmasked: &[bool]) -> ApiResult<Vec<u8>> {
    let mut refs = Refs::default();
    let full: Vec<i64> = rows.iter().zip(unmasked).filter(|(_, full)| **full).map(|(row, _)| row.id).collect();
    let mut personal_data = members::personal_of_many(conn, keys, &full)?;
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet().set_name("党员名册").map_err(xlsx_error)?;
    for (column, (_, header)) in (0u16..).zip(COLUMNS) {
        sheet.write_string_with_format(0, column, header, &bold).map_err(xlsx_error)?;
        sheet.set_column_width(column, 18).map_err(xlsx_error)?;
    }
    let name_of = |value: Option<String>| value.unwrap_or_default();
    for ((row, member), unmask) in (1u32..).zip(rows).zip(unmasked) {
        let personal = if *unmask { personal_data.remove(&member.id) } else { None };
        let label = |code: &str, chinese: Option<&str>| chinese.map_or_else(|| code.to_owned(), str::to_owned);
        let org = |refs: &mut Refs, conn: &mut DbConnection, id: i64| -> ApiResult<String> {
            Ok(name_of(refs.org(conn, id)?.map(|o| o.name)))
        };
        let cells = [
            member.name.clone(),
            label(&member.gender, member.gender.parse::<Gender>().ok().map(Gender::chinese_name)),
            member.ethnicity.clone(),
            personal.as_ref().map_or_else(|| member.birth_year.to_string(), |p| p.birth_date.to_string()),
            personal.as_ref().map_or_else(|| member.id_number_masked.clone(), |p| p.id_number.clone()),
            personal.as_ref().map_or_else(|| member.phone_masked.clone(), |p| p.phone.clone()).unwrap_or_default(),
            personal.as_ref().map_or_else(|| member.address_masked.clone(), |p| p.address.clone()).unwrap_or_default(),
            member
                .education
                .as_deref()
                .map(|e| label(e, e.parse::<Education>().ok().map(Education::chinese_name)))
                .unwrap_or_default(),
            label(&member.stage, member.stage.parse::<Stage>().ok().map(Stage::chinese_name)),
            label(&member.category, member.category.parse::<Category>().ok().map(Category::chinese_name)),
            org(&mut refs, conn, member.membership_org_id)?,
            org(&mut refs, conn, member.residence_org_id)?,
            name_of(refs.area(conn, member.residence_area_id)?.map(|a| a.name)),
            member.work_unit_id.map(|id| id.to_string()).unwrap_or_default(),
            member.join_date.map(|d| d.to_string()).unwrap_or_default(),
            member.conversion_date.map(|d| d.to_string()).unwrap_or_default(),
        ];
        for (column, value) in (0u16..).zip(cells) {
            sheet.write_string(row, column, value).map_err(xlsx_error)?;
        }
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}
