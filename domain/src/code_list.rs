//! Closed code lists (enums) shared by the API contract and the database.
//!
//! Every code list has a stable lowercase English code (the JSON and database value) and
//! the Chinese name the SPA shows.

/// A code that is not in its list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown code `{code}`")]
pub struct UnknownCode {
    pub code: String,
}

/// Declares a code list: `Variant = "code" / "中文名"`.
macro_rules! code_list {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal / $chinese:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )+
        }

        impl $name {
            /// Every code of the list, in display order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )+ ];

            /// The stable code used in JSON and in the database.
            pub fn code(self) -> &'static str {
                match self { $( $name::$variant => $code, )+ }
            }

            /// The name shown to users.
            pub fn chinese_name(self) -> &'static str {
                match self { $( $name::$variant => $chinese, )+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::code_list::UnknownCode;
            fn from_str(code: &str) -> Result<Self, Self::Err> {
                match code {
                    $( $code => Ok($name::$variant), )+
                    _ => Err($crate::code_list::UnknownCode { code: code.to_owned() }),
                }
            }
        }

        // Written out because the derive cannot read codes passed through this macro.
        #[cfg(feature = "openapi")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                let names: Vec<String> =
                    $name::ALL.iter().map(|v| format!("`{}` {}", v.code(), v.chinese_name())).collect();
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some($name::ALL.iter().map(|v| v.code())))
                    .description(Some(names.join(", ")))
                    .into()
            }
        }

        #[cfg(feature = "openapi")]
        impl utoipa::ToSchema for $name {
            fn name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(stringify!($name))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}
