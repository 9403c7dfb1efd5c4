//! Webhooks (Standard Webhooks): which changes a subscriber hears of, how a delivery is
//! signed, when a failed delivery is tried again, and which addresses may receive one.

use std::net::IpAddr;

use chrono::Duration;

use crate::access::policy::Action;
use hmac::{Hmac, Mac};
use sha2::Sha256;

code_list! {
    /// A change a third-party system keeps in step with.
    pub enum EventType {
        /// 党员登记
        MemberCreated = "member.created" / "党员登记",
        /// 党员信息变更
        MemberUpdated = "member.updated" / "党员信息变更",
        /// 组织关系转出或转入
        MemberTransferred = "member.transferred" / "组织关系转接",
        /// 发展阶段变更
        MemberStageChanged = "member.stage_changed" / "发展阶段变更",
        /// 公示开始
        PublicityStarted = "publicity.started" / "公示开始",
        /// 公示收到异议
        PublicityObjection = "publicity.objection" / "公示异议",
        /// 积分登记
        PointsEntryRecorded = "points_entry.recorded" / "积分登记",
        /// 积分审核通过
        PointsEntryApproved = "points_entry.approved" / "积分审核通过",
        /// 积分冲正
        PointsEntryReversed = "points_entry.reversed" / "积分冲正",
        /// 诉求登记
        RequestCreated = "request.created" / "诉求登记",
        /// 诉求状态变更
        RequestStateChanged = "request.state_changed" / "诉求状态变更",
        /// 党组织新建
        OrganizationCreated = "organization.created" / "党组织新建",
        /// 党组织变更
        OrganizationUpdated = "organization.updated" / "党组织变更",
        /// 党组织撤销
        OrganizationDeleted = "organization.deleted" / "党组织撤销",
        /// 单位新建
        UnitCreated = "unit.created" / "单位新建",
        /// 单位变更
        UnitUpdated = "unit.updated" / "单位变更",
        /// 单位删除
        UnitDeleted = "unit.deleted" / "单位删除",
        /// 征求社区意见 (the community is asked)
        OpinionRequested = "opinion.requested" / "征求社区意见",
        /// 社区出具意见 (the asker hears of the answer)
        OpinionGiven = "opinion.given" / "社区出具意见",
        /// 共建情况反馈送达上级党组织
        FeedbackReportDelivered = "feedback_report.delivered" / "共建反馈送达",
    }
}

code_list! {
    /// Where a delivery stands.
    pub enum DeliveryStatus {
        /// 待投递: waiting for its (next) attempt
        Pending = "pending" / "待投递",
        /// 已投递: the receiver answered 2xx
        Delivered = "delivered" / "已投递",
        /// 投递失败: every attempt failed
        Failed = "failed" / "投递失败",
    }
}

/// The contract tag of co-building (a name, not a problem type).
const CO_BUILDING: &str = "co-building";

/// The contract tag (and so the OAuth scope) of what a change tells of.
pub fn resource_of(event_type: EventType) -> &'static str {
    use EventType::*;
    match event_type {
        RequestCreated | RequestStateChanged => "requests",
        OrganizationCreated | OrganizationUpdated | OrganizationDeleted => "organizations",
        UnitCreated | UnitUpdated | UnitDeleted => "units",
        PointsEntryRecorded | PointsEntryApproved | PointsEntryReversed => "points",
        PublicityStarted | PublicityObjection => "publicities",
        MemberCreated | MemberUpdated | MemberTransferred | MemberStageChanged => "members",
        OpinionRequested | OpinionGiven => "opinions",
        FeedbackReportDelivered => CO_BUILDING,
    }
}

/// What an account must be allowed to do to hear of a change.
pub fn reading(event_type: EventType) -> Action {
    match resource_of(event_type) {
        "requests" => Action::ReadRequests,
        "organizations" | "units" => Action::ReadStructure,
        "opinions" => Action::ReadOpinions,
        CO_BUILDING => Action::ReadCoBuilding,
        _ => Action::ReadMembers,
    }
}

/// A new signing secret from 32 random bytes: `whsec_` and their base64.
pub fn new_secret(random: &[u8; 32]) -> String {
    use base64::Engine as _;
    format!("whsec_{}", base64::engine::general_purpose::STANDARD.encode(random))
}

/// Why a host pattern is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a host name (letters, digits, `-` and `.`), optionally starting with `*.`, or an IP address")]
pub struct BadPattern;

/// Checks a host pattern of the allow-list.
pub fn check_pattern(pattern: &str) -> Result<(), BadPattern> {
    if pattern.parse::<IpAddr>().is_ok() {
        return Ok(());
    }
    let name = pattern.strip_prefix("*.").unwrap_or(pattern);
    let labels_ok = name.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && label.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    });
    if labels_ok && name.len() <= 253 { Ok(()) } else { Err(BadPattern) }
}

/// The waits before each attempt after the first (Standard Webhooks' schedule): the last
/// attempt comes more than 24 hours after the first.
const RETRY_WAITS: [i64; 7] = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600];

/// How long to wait after `attempts` failed attempts before the next one; none when the
/// delivery has failed for good.
pub fn retry_after(attempts: u32) -> Option<Duration> {
    let index = usize::try_from(attempts).ok()?.checked_sub(1)?;
    RETRY_WAITS.get(index).map(|seconds| Duration::seconds(*seconds))
}

/// The `webhook-signature` of a delivery: `v1,` and the base64 HMAC-SHA256 of
/// `{id}.{timestamp}.{body}` under the secret's key (the bytes after `whsec_`).
pub fn sign(key: &[u8], id: &str, timestamp: i64, body: &[u8]) -> String {
    use base64::Engine as _;
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    format!("v1,{}", base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes()))
}

/// Why an address may not receive deliveries.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlRefusal {
    #[error("the URL must be an absolute https:// URL (http:// only for hosts allowed with private addresses)")]
    Scheme,
    #[error("the host `{0}` is not on the list of webhook hosts the security administrator allowed")]
    HostNotAllowed(String),
    #[error("`{0}` is a private, loopback or link-local address, which this host is not allowed to use")]
    PrivateAddress(IpAddr),
}

impl UrlRefusal {
    pub fn code(&self) -> &'static str {
        match self {
            UrlRefusal::Scheme => "webhook-url-invalid",
            UrlRefusal::HostNotAllowed(_) | UrlRefusal::PrivateAddress(_) => "webhook-url-not-allowed",
        }
    }
}

/// A host the security administrator allowed: an exact name or `*.` and a domain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowedHost {
    pub pattern: String,
    /// Whether the host may resolve to private addresses (an intranet receiver).
    pub private: bool,
}

impl AllowedHost {
    fn matches(&self, host: &str) -> bool {
        let host = host.to_ascii_lowercase();
        let pattern = self.pattern.to_ascii_lowercase();
        match pattern.strip_prefix("*.") {
            Some(domain) => host.len() > domain.len() + 1 && host.ends_with(&format!(".{domain}")),
            None => host == pattern,
        }
    }
}

/// Whether an address is not on the public internet.
pub fn is_private(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => {
            v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.octets()[0] == 100 && (64..128).contains(&v4.octets()[1])
        }
        IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || v6.to_ipv4_mapped().is_some_and(|v4| is_private(IpAddr::V4(v4)))
        }
    }
}

/// Checks a delivery address: its scheme, its host against the allowed hosts, and the
/// addresses the host resolves to (checked again at each delivery: a name may change).
pub fn check_url(scheme: &str, host: &str, addresses: &[IpAddr], allowed: &[AllowedHost]) -> Result<(), UrlRefusal> {
    let entry = allowed.iter().find(|entry| entry.matches(host));
    let Some(entry) = entry else { return Err(UrlRefusal::HostNotAllowed(host.to_owned())) };
    match scheme {
        "https" => {}
        "http" if entry.private => {}
        _ => return Err(UrlRefusal::Scheme),
    }
    match addresses.iter().find(|address| is_private(**address)) {
        Some(address) if !entry.private => Err(UrlRefusal::PrivateAddress(*address)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_deliveries_are_tried_again_for_more_than_a_day() {
        assert_eq!(retry_after(0), None);
        assert_eq!(retry_after(1), Some(Duration::seconds(5)));
        let total: i64 = (1..).map_while(retry_after).map(|wait| wait.num_seconds()).sum();
        assert!(total > 24 * 3600, "{total} s");
        assert_eq!(retry_after(8), None, "eight attempts, then the delivery has failed");
    }

    #[test]
    fn the_signature_is_the_standard_webhooks_one() {
        // The example of the Standard Webhooks specification.
        use base64::Engine as _;
        let key = base64::engine::general_purpose::STANDARD.decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").expect("key");
        let body = br#"{"test": 2432232314}"#;
        assert_eq!(
            sign(&key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn host_patterns_are_names_wildcards_or_addresses() {
        for good in ["api.hotline.gov.cn", "*.hotline.gov.cn", "127.0.0.1", "receiver"] {
            assert_eq!(check_pattern(good), Ok(()), "{good}");
        }
        for bad in ["*", "https://x.cn", "a..b", "*.*.cn", "-a.cn", "a b"] {
            assert_eq!(check_pattern(bad), Err(BadPattern), "{bad}");
        }
    }

    #[test]
    fn only_allowed_hosts_and_public_addresses_receive_deliveries() {
        let allowed = [
            AllowedHost { pattern: "*.hotline.gov.cn".into(), private: false },
            AllowedHost { pattern: "receiver.intranet".into(), private: true },
        ];
        let public: IpAddr = "203.0.113.7".parse().expect("ip");
        let private: IpAddr = "10.1.2.3".parse().expect("ip");
        assert_eq!(check_url("https", "api.hotline.gov.cn", &[public], &allowed), Ok(()));
        assert!(matches!(check_url("https", "evil.example", &[public], &allowed), Err(UrlRefusal::HostNotAllowed(_))));
        assert!(matches!(
            check_url("https", "hotline.gov.cn.evil", &[public], &allowed),
            Err(UrlRefusal::HostNotAllowed(_))
        ));
        assert_eq!(
            check_url("https", "api.hotline.gov.cn", &[private], &allowed),
            Err(UrlRefusal::PrivateAddress(private))
        );
        assert_eq!(check_url("http", "api.hotline.gov.cn", &[public], &allowed), Err(UrlRefusal::Scheme));
        assert_eq!(check_url("http", "receiver.intranet", &[private], &allowed), Ok(()));
        for address in ["127.0.0.1", "169.254.169.254", "100.64.0.1", "::1", "fd00::1", "fe80::1", "::ffff:192.168.0.1"]
        {
            assert!(is_private(address.parse().expect("ip")), "{address}");
        }
        assert!(!is_private("203.0.113.7".parse().expect("ip")));
    }
}
