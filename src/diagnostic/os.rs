//! What the operating system said went wrong with a file, a folder or a network address,
//! in the reader's language: the OS's own text (`Permission denied (os error 13)`) is
//! English whatever the locale, so the common kinds are said from the catalogues and only
//! the rare rest keeps the OS's words.

use std::io::{Error, ErrorKind};

use crate::messages::Message;
use crate::msg;

/// `error` as the `detail` of a message: what happened, not which call failed (the
/// message around it says what privatums was doing, the diagnostic's file where).
pub fn os_error(error: &Error) -> Message {
    match error.kind() {
        ErrorKind::NotFound => msg!("os-not-found"),
        ErrorKind::PermissionDenied => msg!("os-permission-denied"),
        ErrorKind::AlreadyExists => msg!("os-already-exists"),
        ErrorKind::IsADirectory => msg!("os-is-a-folder"),
        ErrorKind::NotADirectory => msg!("os-not-a-folder"),
        ErrorKind::DirectoryNotEmpty => msg!("os-folder-not-empty"),
        ErrorKind::ReadOnlyFilesystem => msg!("os-read-only"),
        ErrorKind::StorageFull => msg!("os-disk-full"),
        ErrorKind::QuotaExceeded => msg!("os-quota-exceeded"),
        ErrorKind::FileTooLarge => msg!("os-file-too-large"),
        ErrorKind::InvalidFilename => msg!("os-invalid-file-name"),
        ErrorKind::ResourceBusy => msg!("os-busy"),
        ErrorKind::InvalidData => msg!("os-invalid-data"),
        ErrorKind::OutOfMemory => msg!("os-out-of-memory"),
        ErrorKind::AddrInUse => msg!("os-address-in-use"),
        ErrorKind::AddrNotAvailable => msg!("os-address-not-available"),
        _ => msg!("os-other", detail = error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn a_common_error_is_said_in_the_readers_language() {
        let denied = Error::from_raw_os_error(13);
        assert_eq!(denied.kind(), ErrorKind::PermissionDenied);
        let said = os_error(&denied);
        assert_eq!(said.in_language(Language::Lv), "piekļuve liegta");
        assert_eq!(said.in_language(Language::En), "permission denied");
        let missing = os_error(&Error::from(ErrorKind::NotFound));
        assert_eq!(
            missing.in_language(Language::Lv),
            "šāda faila vai mapes nav"
        );
    }

    #[test]
    fn a_rare_error_keeps_the_operating_systems_words() {
        let rare = Error::other("the tape is jammed");
        assert_eq!(
            os_error(&rare).in_language(Language::Lv),
            "the tape is jammed"
        );
    }
}
