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

/// `610902198506011234` → `610902********1234`: region kept, birth date and sequence hidden.
pub fn mask_id_number(id_number: &str) -> String {
    let chars: Vec<char> = id_number.chars().collect();
    if chars.len() < 10 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..6].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 10))
}

/// `13812345678` → `138****5678`.
pub fn mask_phone(phone: &str) -> String {
    let chars: Vec<char> = phone.chars().collect();
    if chars.len() < 8 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..3].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}{}{tail}", "*".repeat(chars.len() - 7))
}

/// An address keeps its first six characters (city and district) and hides the rest.
pub fn mask_address(address: &str) -> String {
    let kept: String = address.chars().take(6).collect();
    if address.chars().count() <= 6 { "*".repeat(address.chars().count()) } else { format!("{kept}****") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_numbers_and_phones_are_masked_as_published() {
        assert_eq!(mask_id_number("61090219850601123X"), "610902********123X");
        assert_eq!(mask_phone("13812345678"), "138****5678");
        assert_eq!(mask_address("陕西省安康市汉滨区育才路12号"), "陕西省安康市****");
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
