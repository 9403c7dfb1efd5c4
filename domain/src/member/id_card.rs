//! 居民身份证号码 (citizen ID number), GB 11643-1999: 6-digit region, 8-digit birth date,
//! 3-digit sequence (odd for men), ISO 7064 MOD 11-2 check character.

use chrono::NaiveDate;

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
/// Province-level codes (first two digits) in use.
const PROVINCES: [&str; 34] = [
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44",
    "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
];

/// Why an ID number is invalid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdNumberError {
    #[error("an ID number has 18 characters: 17 digits and a digit or X")]
    Format,
    #[error("the first six digits are not a region code in use")]
    Region,
    #[error("digits 7 to 14 are not a valid birth date")]
    BirthDate,
    #[error("the check character should be `{expected}`")]
    Checksum { expected: char },
}

/// The check character for the first 17 digits.
pub fn check_character(first17: &[u8]) -> Option<char> {
    let mut sum = 0;
    for (byte, weight) in first17.iter().zip(WEIGHTS) {
        sum += u32::from(byte.checked_sub(b'0').filter(|d| *d <= 9)?) * weight;
    }
    CHECK.get(usize::try_from(sum % 11).ok()?).copied()
}

/// Validates an ID number and returns the birth date it carries.
pub fn validate(id_number: &str) -> Result<NaiveDate, IdNumberError> {
    let bytes = id_number.as_bytes();
    let well_formed = bytes.len() == 18
        && bytes[..17].iter().all(u8::is_ascii_digit)
        && (bytes[17].is_ascii_digit() || bytes[17] == b'X');
    if !well_formed {
        return Err(IdNumberError::Format);
    }
    if !PROVINCES.contains(&&id_number[..2]) || &id_number[2..6] == "0000" {
        return Err(IdNumberError::Region);
    }
    let birth_date = NaiveDate::parse_from_str(&id_number[6..14], "%Y%m%d").map_err(|_| IdNumberError::BirthDate)?;
    let expected = check_character(&bytes[..17]).ok_or(IdNumberError::Format)?;
    if char::from(bytes[17]) != expected {
        return Err(IdNumberError::Checksum { expected });
    }
    Ok(birth_date)
}

/// Builds a valid ID number from a region, a birth date and a 3-digit sequence (for
/// demo data and tests).
pub fn compose(region: &str, birth_date: NaiveDate, sequence: u16) -> Option<String> {
    let first17 = format!("{region}{}{:03}", birth_date.format("%Y%m%d"), sequence % 1000);
    let check = check_character(first17.as_bytes())?;
    Some(format!("{first17}{check}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn the_standards_example_passes_and_gives_its_birth_date() {
        // The worked example of GB 11643-1999.
        assert_eq!(validate("11010519491231002X"), Ok(date(1949, 12, 31)));
    }

    #[test]
    fn a_changed_digit_fails_the_checksum() {
        assert_eq!(validate("110105194912310021"), Err(IdNumberError::Checksum { expected: 'X' }));
    }

    #[test]
    fn impossible_dates_regions_and_shapes_are_refused() {
        assert_eq!(validate("11010519490231002X"), Err(IdNumberError::BirthDate));
        assert_eq!(validate("99010519491231002X"), Err(IdNumberError::Region));
        assert_eq!(validate("11010519491231002x"), Err(IdNumberError::Format));
        assert_eq!(validate("1101051949123100"), Err(IdNumberError::Format));
    }

    #[test]
    fn composed_numbers_are_valid() {
        let number = compose("610902", date(1985, 6, 1), 123).expect("compose");
        assert_eq!(validate(&number), Ok(date(1985, 6, 1)));
    }
}
