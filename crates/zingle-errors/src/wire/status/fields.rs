//! The fields of the `status` object: their names, what a schema says of each, and the
//! order a status made here writes them in.

use super::Status;

/// What each field is, in one sentence or two: its rustdoc on [`Status`] and the `doc` of
/// its entry in [`Status::FIELDS`].
macro_rules! field_doc {
    (text) => {
        "The HTTP reason phrase, such as `\"Bad Request\"`."
    };
    (status_code) => {
        "The HTTP status code of the response, such as 400."
    };
    (description) => {
        "What went wrong, for an error: the code's message, filled."
    };
    (error_code) => {
        "The Zingle error code, for an error (read from a number or a numeric string)."
    };
    (sort_field) => {
        "The field a list is sorted by."
    };
    (sort_direction) => {
        "`asc` or `desc`."
    };
    (page) => {
        "The page of a list, from 1 (read from a number or a numeric string)."
    };
    (page_size) => {
        "Records a page."
    };
    (total_pages) => {
        "Pages in all."
    };
    (total_records) => {
        "Records in all."
    };
}
pub(super) use field_doc;

impl Status {
    /// Every field this type reads and writes, in the order it writes them, each with
    /// what a schema of the object (such as the command-line tool's OpenAPI export) says
    /// of it.
    ///
    /// ```
    /// let text = &zingle_errors::Status::FIELDS[0];
    /// assert_eq!((text.name, text.required, text.json_type), ("text", true, "string"));
    /// ```
    pub const FIELDS: &'static [StatusField] = &[
        StatusField::new("text", true, "string", field_doc!(text)),
        StatusField::new("status_code", true, "integer", field_doc!(status_code)),
        StatusField::new("description", false, "string", field_doc!(description)),
        StatusField::new("error_code", false, "integer", field_doc!(error_code)),
        StatusField::new("sort_field", false, "string", field_doc!(sort_field)),
        StatusField::new(
            "sort_direction",
            false,
            "string",
            field_doc!(sort_direction),
        ),
        StatusField::new("page", false, "integer", field_doc!(page)),
        StatusField::new("page_size", false, "integer", field_doc!(page_size)),
        StatusField::new("total_pages", false, "integer", field_doc!(total_pages)),
        StatusField::new("total_records", false, "integer", field_doc!(total_records)),
    ];
}

/// A field of the [`Status`] object, as [`Status::FIELDS`] lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct StatusField {
    /// Its key, such as `"error_code"`.
    pub name: &'static str,
    /// Whether every status has it.
    pub required: bool,
    /// Its JSON Schema type when written: `"string"` or `"integer"`.
    pub json_type: &'static str,
    /// What it is: its rustdoc.
    pub doc: &'static str,
}

impl StatusField {
    const fn new(
        name: &'static str,
        required: bool,
        json_type: &'static str,
        doc: &'static str,
    ) -> Self {
        Self {
            name,
            required,
            json_type,
            doc,
        }
    }
}

/// A field of the `status` object, in the order of [`Status::FIELDS`] (its index there).
#[expect(
    clippy::enum_variant_names,
    reason = "each variant is named after its key"
)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Field {
    Text,
    StatusCode,
    Description,
    ErrorCode,
    SortField,
    SortDirection,
    Page,
    PageSize,
    TotalPages,
    TotalRecords,
}

impl Field {
    /// Every field, in the order a status made here writes them.
    pub(super) const ALL: [Field; 10] = [
        Self::Text,
        Self::StatusCode,
        Self::Description,
        Self::ErrorCode,
        Self::SortField,
        Self::SortDirection,
        Self::Page,
        Self::PageSize,
        Self::TotalPages,
        Self::TotalRecords,
    ];

    /// Its key.
    pub(super) fn name(self) -> &'static str {
        Status::FIELDS[self as usize].name
    }

    /// The field named `key`, if any.
    pub(super) fn named(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|field| field.name() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_field_is_its_entry_in_the_table() {
        assert_eq!(Field::ALL.len(), Status::FIELDS.len());
        for (i, field) in Field::ALL.into_iter().enumerate() {
            assert_eq!(field as usize, i);
            assert_eq!(Field::named(field.name()), Some(field));
        }
        assert_eq!(Field::named("trace"), None);
    }
}
