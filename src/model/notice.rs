//! The notices a purpose needs: the first layer people meet in the building, at an event,
//! on the phone or in an e-mail (seed 001; EDPB Guidelines 3/2019 §110–116). A closed
//! vocabulary like the legal bases: editors write a code on a purpose
//! (`notices = ["video-surveillance"]`), the generator makes the sign or the texts from
//! the purpose's own data.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Notice {
    /// A sign at the entrance of a place under video surveillance.
    VideoSurveillance,
    /// A sign at an event that is photographed and filmed, the sentence for invitations
    /// and press releases, and the consent line of the registration form.
    EventPhotography,
    /// What callers are told before a call is recorded.
    CallRecording,
    /// The e-mail asking subscribers to confirm their consent to a newsletter.
    Newsletter,
    /// The line a form that collects data for the purpose shows above its submit button.
    RegistrationForm,
}

impl Notice {
    pub const ALL: [Notice; 5] = [
        Notice::VideoSurveillance,
        Notice::EventPhotography,
        Notice::CallRecording,
        Notice::Newsletter,
        Notice::RegistrationForm,
    ];

    /// The code editors write.
    pub fn code(self) -> &'static str {
        match self {
            Notice::VideoSurveillance => "video-surveillance",
            Notice::EventPhotography => "event-photography",
            Notice::CallRecording => "call-recording",
            Notice::Newsletter => "newsletter",
            Notice::RegistrationForm => "registration-form",
        }
    }

    /// Whether the notice is a printed sign (A4 and A5 pages with a QR code).
    pub fn is_sign(self) -> bool {
        matches!(self, Notice::VideoSurveillance | Notice::EventPhotography)
    }
}
