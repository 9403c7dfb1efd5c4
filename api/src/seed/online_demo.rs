//! Demo online organizational life (§10): today's themed Party day of 育才社区第一网格党支部 held
//! online, which the demo member missed and can still check in to; micro Party courses of the
//! community and the city with completions; and the branch's practice posts.

use chrono::{Duration, NaiveDate};
use domain::meetings::{Attendance, MeetingType};
use domain::online::PostKind;

use crate::db::models::{AreaRow, NewCompletion, NewCourse, NewMeeting, NewPracticePost, OrganizationRow};
use crate::db::repo::points::{self, Earned};
use crate::db::repo::{meetings, online};
use crate::db::{DbConnection, now};
use crate::error::ApiResult;

/// Where the demo's online life happens.
pub struct OnlineDemo<'a> {
    pub city: &'a OrganizationRow,
    pub community: &'a OrganizationRow,
    pub branch: &'a OrganizationRow,
    pub grid: &'a AreaRow,
    /// The member of the demo member account.
    pub own_member: Option<i64>,
    pub today: NaiveDate,
}

pub fn load(conn: &mut DbConnection, demo: &OnlineDemo<'_>) -> ApiResult<()> {
    let people = meetings::expected(conn, demo.branch.id)?;
    let topic = "网上主题党日：学习贯彻党的二十届四中全会精神";
    let meeting = meetings::insert(
        conn,
        NewMeeting {
            org_id: demo.branch.id,
            org_path: demo.branch.path.clone(),
            meeting_type: MeetingType::ThemedPartyDay.code().to_owned(),
            held_on: demo.today,
            online: true,
            topic: topic.to_owned(),
            host: Some("支部书记".to_owned()),
            minutes: Some("通过网络党支部线上开展，党员在手机上签到、观看直播并交流学习体会。".to_owned()),
            recorded_by: None,
            created_at: now(),
        },
    )?;
    let evidence = format!("{}：{topic}", MeetingType::ThemedPartyDay.chinese_name());
    let held = Earned {
        occurred_on: demo.today,
        evidence: &evidence,
        awarding_org_id: demo.branch.id,
        awarding_org_path: &demo.branch.path,
        source: "meeting",
        meeting_id: Some(meeting),
        recorded_by: None,
    };
    for member in &people {
        let (mark, rule) =
            if Some(member.id) == demo.own_member { (Attendance::Absent, "D01") } else { (Attendance::Present, "A01") };
        meetings::mark(conn, meeting, member.id, mark, None)?;
        points::earn(conn, rule, member.id, &member.category, &held)?;
    }

    let day = |back: i64| demo.today - Duration::days(back);
    let courses = [
        (demo.community, "学习贯彻党的二十届四中全会精神", 30, day(20), Some(day(-40))),
        (demo.community, "《中国共产党支部工作条例（试行）》解读", 20, day(90), Some(day(10))),
        (demo.city, "党建引领城市基层治理：共驻共建与“双报到”", 25, day(45), None),
    ];
    for (index, (org, title, minutes, opens_on, closes_on)) in courses.into_iter().enumerate() {
        let at = now();
        let course = online::insert_course(
            conn,
            &NewCourse {
                org_id: org.id,
                org_path: &org.path,
                title,
                material: "微党课讲稿、视频与学习要点。",
                link: None,
                minutes,
                opens_on,
                closes_on,
                created_by: None,
                created_at: at,
                updated_at: at,
            },
        )?;
        let evidence = format!("网上微党课：{title}");
        // Some of the branch completed each course, the demo member none: its courses wait for it.
        let taking = people.iter().filter(|m| Some(m.id) != demo.own_member).skip(index).step_by(2).take(8);
        for (n, member) in (0i64..).zip(taking) {
            let completed_on = (opens_on + Duration::days(n + 1)).min(demo.today);
            let earned = Earned {
                occurred_on: completed_on,
                evidence: &evidence,
                awarding_org_id: org.id,
                awarding_org_path: &org.path,
                source: "course",
                meeting_id: None,
                recorded_by: None,
            };
            let entry = points::earn(conn, "A04", member.id, &member.category, &earned)?;
            online::insert_completion(
                conn,
                &NewCompletion {
                    course_id: course.id,
                    member_id: member.id,
                    minutes_spent: minutes + i32::try_from(n % 7).unwrap_or(0) * 3,
                    completed_on,
                    points_entry_id: entry.map(|e| e.id),
                    recorded_by: None,
                    created_at: now(),
                },
            )?;
        }
    }

    let ids: Vec<i64> = people.iter().map(|m| m.id).collect();
    let posts = [
        (PostKind::ModelPost, "便民服务窗口党员示范岗", "窗口亮身份、办事零推诿", None, &ids[..1.min(ids.len())]),
        (PostKind::VanguardTeam, "防汛救灾党员先锋队", "汛期巡查、转移群众、物资保障", None, &ids[..3.min(ids.len())]),
        (
            PostKind::ResponsibilityArea,
            "第一网格党员责任区",
            "联系楼栋住户，收集诉求，宣传政策，调解邻里纠纷",
            Some(demo.grid.id),
            &ids[1.min(ids.len())..3.min(ids.len())],
        ),
    ];
    for (kind, name, duty, area_id, members) in posts {
        if members.is_empty() {
            continue;
        }
        let at = now();
        online::insert_post(
            conn,
            &NewPracticePost {
                org_id: demo.branch.id,
                org_path: &demo.branch.path,
                kind: kind.code(),
                name,
                duty,
                area_id,
                since: day(200),
                created_at: at,
                updated_at: at,
            },
            members,
        )?;
    }
    Ok(())
}
