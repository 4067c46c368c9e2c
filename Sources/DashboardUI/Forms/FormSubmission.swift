import PilotCore

/// The outcome of submitting a form.
enum FormSubmission: Equatable {
    case save(RecordEdit)
    /// A marked field must be corrected first.
    case invalid
    /// Not saved, for the reason given (already in the user's language).
    case refused(String)
    /// Scheduling conflicts: a reason is asked for, then the form is submitted again with it.
    case needsReason
    /// An inspection that starts in the past: asked once (y/n), then the form is submitted again.
    case confirmPastStart(CivilDate)
}
