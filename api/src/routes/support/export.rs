//! The support ledgers as one workbook: a sheet per ledger and the shortfalls, for the file
//! and the level above.

use actix_web::{HttpResponse, get, web};
use chrono::Datelike;
use domain::access::policy::Action;
use domain::member::Gender;
use domain::support::{FundingKind, RoomKind, SiteType, SupportPolicy, below_standard};
use rust_xlsxwriter::{Format, Workbook};

use super::FiguresQuery;
use crate::auth::Caller;
use crate::db::DbConnection;
use crate::db::repo::names::NameBook;
use crate::db::repo::support;
use crate::error::ApiResult;
use crate::extract::QueryParams;
use crate::reports::support::{SupportFigures, figures};
use crate::routes::common::{list_ranges, stored, today, xlsx_error, xlsx_response};
use crate::state::AppState;

/// A sheet of a header row and text rows.
struct Sheet {
    name: &'static str,
    header: &'static [&'static str],
    rows: Vec<Vec<String>>,
}

fn workbook(sheets: &[Sheet]) -> ApiResult<Vec<u8>> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in sheets {
        let out = workbook.add_worksheet().set_name(sheet.name).map_err(xlsx_error)?;
        for (column, title) in (0u16..).zip(sheet.header) {
            out.write_string_with_format(0, column, *title, &bold).map_err(xlsx_error)?;
            out.set_column_width(column, 16).map_err(xlsx_error)?;
        }
        for (row, cells) in (1u32..).zip(&sheet.rows) {
            for (column, cell) in (0u16..).zip(cells) {
                out.write_string(row, column, cell).map_err(xlsx_error)?;
            }
        }
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}

fn ledgers(
    conn: &mut DbConnection,
    ranges: &[(String, String)],
    year: i32,
    policy: &SupportPolicy,
) -> ApiResult<(Vec<Sheet>, SupportFigures)> {
    let spaces = support::spaces_within(conn, ranges)?;
    let cadres = support::cadres_within(conn, ranges)?;
    let funding = support::funding_within(conn, ranges, year)?;
    let sites = support::sites_within(conn, ranges)?;
    let areas = spaces.iter().map(|s| s.area_id).chain(cadres.iter().map(|c| c.area_id));
    let areas = areas.chain(funding.iter().map(|f| f.area_id)).chain(sites.iter().map(|s| s.area_id));
    let names = NameBook::wanted().areas(areas.collect::<Vec<_>>()).read(conn)?;
    let room = |code: &str| stored::<RoomKind>(code).map(|r| r.chinese_name());
    let mut space_rows = Vec::new();
    for s in &spaces {
        let rooms = s.rooms.split(',').filter(|c| !c.is_empty()).map(room).collect::<ApiResult<Vec<_>>>()?;
        let below = below_standard(u32::try_from(s.area_m2).unwrap_or(0), policy);
        space_rows.push(vec![
            names.area(s.area_id),
            s.area_m2.to_string(),
            if below { "未达标".to_owned() } else { "达标".to_owned() },
            rooms.join("、"),
            s.shared_with.clone().unwrap_or_default(),
            s.checked_on.to_string(),
        ]);
    }
    let mut cadre_rows = Vec::new();
    for c in &cadres {
        let gender = stored::<Gender>(&c.gender)?.chinese_name().to_owned();
        cadre_rows.push(vec![
            names.area(c.area_id),
            c.name.clone(),
            gender,
            c.birth_year.to_string(),
            c.education.clone().unwrap_or_default(),
            c.post.clone(),
            if c.graduate { "是".to_owned() } else { String::new() },
            c.since.to_string(),
        ]);
    }
    let mut funding_rows = Vec::new();
    for f in &funding {
        let kind = stored::<FundingKind>(&f.kind)?.chinese_name().to_owned();
        funding_rows.push(vec![
            names.area(f.area_id),
            f.year.to_string(),
            kind,
            f.amount_yuan.to_string(),
            f.note.clone().unwrap_or_default(),
        ]);
    }
    let mut site_rows = Vec::new();
    for s in &sites {
        let kind = stored::<SiteType>(&s.site_type)?.chinese_name().to_owned();
        site_rows.push(vec![names.area(s.area_id), kind, s.named_on.to_string(), s.description.clone()]);
    }
    let figures = figures(conn, ranges, year, policy)?;
    let sheets = vec![
        Sheet {
            name: "办公服务用房",
            header: &["社区", "面积(平方米)", "是否达标", "功能用房", "共享单位", "核查日期"],
            rows: space_rows,
        },
        Sheet {
            name: "社区干部",
            header: &["社区", "姓名", "性别", "出生年份", "学历", "职务", "高校毕业生", "任职日期"],
            rows: cadre_rows,
        },
        Sheet {
            name: "经费保障", header: &["社区", "年度", "项目", "金额(元)", "说明"], rows: funding_rows
        },
        Sheet { name: "示范点", header: &["社区", "类型", "命名日期", "简介"], rows: site_rows },
    ];
    Ok((sheets, figures))
}

fn shortfalls(figures: &SupportFigures) -> Sheet {
    let mut rows = vec![
        vec!["社区数".to_owned(), figures.communities.to_string()],
        vec![format!("办公用房低于{}平方米的社区", figures.space_standard_m2), figures.below_standard.to_string()],
        vec!["高校毕业生不足的社区".to_owned(), figures.graduates_short.to_string()],
        vec!["无示范点的县区".to_owned(), figures.counties_without_site.len().to_string()],
        vec!["费随事转金额(元)".to_owned(), figures.funding_followed_yuan.to_string()],
    ];
    rows.extend(figures.counties_without_site.iter().map(|c| vec!["无示范点".to_owned(), c.area_name.clone()]));
    Sheet { name: "保障缺口", header: &["项目", "数值"], rows }
}

/// The support ledgers of the caller's area as a workbook: space, cadres, the year's funding,
/// demonstration sites and the shortfalls.
#[utoipa::path(operation_id = "get_support_export", tag = "support", params(FiguresQuery), responses((status = 200, description = "The workbook", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))]
#[get("/support/export.xlsx")]
pub async fn get_support_export(
    state: web::Data<AppState>,
    caller: Caller,
    QueryParams(query): QueryParams<FiguresQuery>,
) -> ApiResult<HttpResponse> {
    caller.require(Action::ReadSupport)?;
    let year = query.year.unwrap_or_else(|| today().year());
    let policy = state.config.rules.support;
    let sheets = state
        .read(move |conn| {
            let ranges = list_ranges(conn, &caller.scope, query.area_id)?;
            let (mut sheets, figures) = ledgers(conn, &ranges, year, &policy)?;
            sheets.push(shortfalls(&figures));
            Ok(sheets)
        })
        .await?;
    Ok(xlsx_response(workbook(&sheets)?, &format!("社区基础保障台账-{year}.xlsx")))
}
