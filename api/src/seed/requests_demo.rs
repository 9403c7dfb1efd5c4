//! The demo city's grid governance: the catalogue of request categories and a district
//! department that streets escalate to.

use crate::db::models::{AreaRow, NewCategory, NewDepartment, OrganizationRow};
use crate::db::repo::requests;
use crate::db::{DbConnection, now};
use crate::error::ApiResult;

/// Categories of the catalogue: code, name, description.
const CATEGORIES: [(&str, &str, &str); 6] = [
    ("sanitation", "环境卫生", "垃圾清运、楼道堆物、卫生死角"),
    ("property", "物业管理", "物业服务、电梯、供水供暖等公共设施维修"),
    ("facilities", "市政设施", "道路、路灯、井盖、排水"),
    ("dispute", "邻里纠纷", "邻里矛盾、噪音、漏水"),
    ("assistance", "困难帮扶", "困难群众、独居老人、残疾人帮扶"),
    ("policy", "政策咨询", "社保、医保、户籍、搬迁安置政策"),
];

pub fn load(conn: &mut DbConnection, district: &AreaRow, housing: &OrganizationRow) -> ApiResult<()> {
    for (code, name, description) in CATEGORIES {
        let category = NewCategory { code, name, description: Some(description), active: true, created_at: now() };
        requests::insert_category(conn, &category)?;
    }
    let department = NewDepartment {
        name: "汉滨区住房和城乡建设局",
        area_id: district.id,
        org_id: Some(housing.id),
        created_at: now(),
    };
    requests::insert_department(conn, &department)?;
    Ok(())
}
