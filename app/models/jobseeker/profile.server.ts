// A jobseeker's profile as a consultant reads it before shortlisting them for an order: only jobseekers the
// order's search covers (its own jobcentre's, and the region's once it is shared), and every read, allowed
// or not, written to the personal data access log.
import type { PrismaClient, User } from "@prisma/client";
import { jobcentresWorkingOn } from "~/models/job-order/working-jobcentres.server";
import { getOrderForCandidateSearch } from "~/models/referral/candidate-search.server";
import { BENEFIT_GROUP_LABELS } from "~/schemas/jobseeker";
import { formatDistance, haversineKm } from "~/utils/candidate-ranking";
import { REFERRAL_STATUS_LABELS } from "~/utils/labels";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const PROFILE_READ = "CANDIDATE_PROFILE";

/** The profile, or null (not found) when the order or the jobseeker is not the user's to read. */
export async function readCandidateProfile(prisma: PrismaClient, user: Pick<User, "id" | "jobcentreId">, orderNumber: string, jobseekerId: string) {
  const order = await getOrderForCandidateSearch(prisma, user, orderNumber);
  if (!order || !UUID.test(jobseekerId)) return null;
  const jobcentreIds = await jobcentresWorkingOn(prisma, order);
  const seeker = await prisma.jobseeker.findFirst({
    where: { id: jobseekerId, jobcentreId: { in: jobcentreIds } },
    include: { jobcentre: { select: { name: true } } },
  });
  await prisma.personalDataAccess.create({
    data: { actorId: user.id, jobseekerId, orderId: order.id, action: PROFILE_READ, permitted: seeker !== null },
  });
  if (!seeker) return null;

  const areas = await prisma.postcodeArea.findMany({ where: { postcode: { in: [seeker.postcode, order.workplacePostcode] } } });
  const home = areas.find((a) => a.postcode === seeker.postcode);
  const work = areas.find((a) => a.postcode === order.workplacePostcode);
  const distanceKm =
    home?.latitude != null && home.longitude != null && work?.latitude != null && work.longitude != null
      ? haversineKm({ latitude: home.latitude, longitude: home.longitude }, { latitude: work.latitude, longitude: work.longitude })
      : null;
  const referral = order.referrals.find((r) => r.jobseekerId === seeker.id);
  const list = (values: string[]) => (values.length > 0 ? values.join(", ") : "Ingen angivet");

  return {
    order: { number: order.number, title: order.title },
    seeker: {
      name: seeker.name,
      fromJobcentre: seeker.jobcentreId !== order.jobcentreId ? seeker.jobcentre.name : null,
      onOrder: referral ? REFERRAL_STATUS_LABELS[referral.status] : null,
      facts: [
        ["Søger job som", list(seeker.occupations)],
        ["Kompetencer", list(seeker.skills)],
        ["Certifikater", list(seeker.certificates)],
        ["Kørekort", list(seeker.drivingLicences)],
        ["Sprog", list(seeker.languages)],
        ["Timer pr. uge", `${seeker.hoursPerWeek}`],
        ["Bopæl", home ? `${seeker.postcode} ${home.city}` : seeker.postcode],
        ["Afstand til arbejdsstedet", formatDistance(distanceKm)],
        ["Vil højst rejse", `${seeker.maxTravelKm} km`],
        ["Ydelse", BENEFIT_GROUP_LABELS[seeker.benefitGroup]],
        ["Må kontaktes om job", seeker.contactConsent ? "Ja" : "Nej – spørg først, om vedkommende vil kontaktes"],
        ["E-mail", seeker.email ?? "Ingen"],
        ["Telefon", seeker.phone ?? "Intet"],
      ] satisfies Array<[string, string]>,
      cv: seeker.cvSummary,
    },
  };
}
