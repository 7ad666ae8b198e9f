// Every mail template the portal sends (one Danish template per notification, plain text and HTML). The
// development previews with their sample data are in emails/previews.ts.
export { answerMail, type AnswerMailData } from "./answer";
export { messageToEmployerMail, messageToStaffMail, type MessageToEmployerMailData, type MessageToStaffMailData } from "./message";
export { assignedMail, reassignedAwayMail, type AssignedMailData, type ReassignedAwayMailData } from "./assigned";
export { candidateSharedMail, type CandidateSharedMailData, type SharedCandidate } from "./candidate-shared";
export { committeeReportMail, type CommitteeReportMailData } from "./committee-report";
export { orderCorrectedMail, type OrderCorrectedMailData } from "./correction";
export { consentAnsweredMail, type ConsentAnsweredMailData } from "./consent-answered";
export { consentRequestMail, type ConsentRequestMailData } from "./consent-request";
export { employerLoginLinkMail, type EmployerLoginLinkMailData } from "./employer-login-link";
export { escalationMail, type EscalationMailData } from "./escalation";
export { feedbackReminderMail, type FeedbackReminderMailData } from "./feedback-reminder";
export { hiredMail, type HiredMailData } from "./hired";
export { escapeHtml, type Email } from "./layout";
export { managementDigestMail, type ManagementDigestMailData } from "./management-digest";
export { meetingBookedMail, type MeetingBookedMailData } from "./meeting-booked";
export { meetingOfferMail, type MeetingOfferMailData } from "./meeting-offer";
export { orderClosedMail, type OrderClosedMailData } from "./order-closed";
export { programmeReminderMail, type ProgrammeReminderMailData } from "./programme-reminder";
export { receiptMail, type JobcentreContact, type ReceiptMailData } from "./receipt";
export { regionInformedMail, type RegionInformedMailData } from "./region-informed";
export { regionalRecruitmentMail, type RegionalRecruitmentMailData } from "./regional-recruitment";
export { signInFailuresMail, type SignInFailuresMailData } from "./sign-in-failures";
export { SURVEY_QUESTIONS, surveyMail, surveyReminderMail, type SurveyMailData } from "./survey";
export { warningMail, type WarningMailData } from "./warning";
