//! Phone numbers, and masking of personal data for every response, list, export and log.

/// Why a phone number is invalid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a phone number is an 11-digit mobile number starting with 1[3-9], or a landline like 0915-3212345")]
pub struct PhoneError;

/// Mainland mobile numbers (`1[3-9]` + 9 digits) or landlines (area code `0xx`/`0xxx`,
/// optional `-`, 7–8 digits).
pub fn validate_phone(phone: &str) -> Result<(), PhoneError> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let bytes = phone.as_bytes();
    let mobile = bytes.len() == 11 && bytes[0] == b'1' && (b'3'..=b'9').contains(&bytes[1]) && digits(phone);
    let landline = match phone.split_once('-') {
        Some((area, number)) => {
            area.starts_with('0')
                && (3..=4).contains(&area.len())
                && digits(area)
                && (7..=8).contains(&number.len())
                && digits(number)
        }
        None => phone.starts_with('0') && (10..=12).contains(&phone.len()) && digits(phone),
    };
    if mobile || landline { Ok(()) } else { Err(PhoneError) }
}

/// Characters of an ID number kept in front when masked: the province and city (4 digits).
/// Never the county digits together with the birth date, so that the masked form plus a
/// birth year, a gender and the region a member lives in leaves dozens of candidates.
const ID_HEAD: usize = 4;
/// Characters kept at the end: the last 3 sequence digits and the check character.
const ID_TAIL: usize = 4;

/// `61090219850601123X` → `6109**********123X` (GB/T 35273 display limit): the region's
/// province and city and the last four characters; county, birth date and the first
/// sequence digit are hidden.
pub fn mask_id_number(id_number: &str) -> String {
    keep_ends(id_number, ID_HEAD, ID_TAIL)
}

/// `13812345678` → `138****5678`; a landline keeps its area code and last four digits.
pub fn mask_phone(phone: &str) -> String {
    match phone.split_once('-') {
        Some((area, number)) => format!("{area}-{}", keep_ends(number, 0, 4)),
        None => keep_ends(phone, 3, 4),
    }
}

/// A resident's name keeps its first character: `张三丰` → `张**`.
pub fn mask_name(name: &str) -> String {
    let mut chars = name.trim().chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    first + &"*".repeat(chars.count().max(1))
}

/// An address is shown down to the community the member lives in: `育才社区****`.
pub fn mask_address(community: Option<&str>) -> String {
    format!("{}****", community.unwrap_or_default())
}

/// Keeps `head` characters in front and `tail` at the end, hides the rest; a value too short
/// to hide anything is hidden whole.
fn keep_ends(value: &str, head: usize, tail: usize) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() <= head + tail {
        return "*".repeat(chars.len());
    }
    let front: String = chars[..head].iter().collect();
    let back: String = chars[chars.len() - tail..].iter().collect();
    format!("{front}{}{back}", "*".repeat(chars.len() - head - tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_numbers_and_phones_are_masked_as_published() {
        assert_eq!(mask_id_number("61090219850601123X"), "6109**********123X");
        assert_eq!(mask_phone("13812345678"), "138****5678");
        assert_eq!(mask_phone("0915-3212345"), "0915-***2345");
        assert_eq!(mask_address(Some("育才社区")), "育才社区****");
        assert_eq!(mask_address(None), "****");
        assert_eq!(mask_name("张三丰"), "张**");
        assert_eq!(mask_name("李"), "李*", "a one-character name still hides that it is one");
    }

    #[test]
    fn a_masked_id_number_never_shows_the_birth_date() {
        let masked = mask_id_number("61090219850601123X");
        assert!(!masked.contains("1985"), "no birth year digits in place");
        assert!(!masked.contains("0601"), "no birth month and day");
        assert!(!masked.starts_with("610902"), "the county is hidden with the birth date");
        assert_eq!(mask_id_number("6109123X"), "********", "a malformed value is hidden whole");
    }

    #[test]
    fn mobile_and_landline_numbers_are_accepted() {
        assert_eq!(validate_phone("13812345678"), Ok(()));
        assert_eq!(validate_phone("0915-3212345"), Ok(()));
        assert_eq!(validate_phone("09153212345"), Ok(()));
        assert_eq!(validate_phone("12812345678"), Err(PhoneError));
        assert_eq!(validate_phone("1381234567"), Err(PhoneError));
        assert_eq!(validate_phone("138-12345678"), Err(PhoneError));
    }
}
