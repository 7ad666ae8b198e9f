// Text rules shared by the schemas (browser and server).

/**
 * One line of text as people mean it: line breaks, tabs and other control characters become a space,
 * runs of spaces one space. For names, titles and addresses, which mails and pages show on one line
 * (a pasted line break must not start a new paragraph in a mail to someone else).
 */
export function toSingleLine(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}
