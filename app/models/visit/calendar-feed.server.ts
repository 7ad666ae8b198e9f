// A consultant's visits as an iCalendar feed that Outlook (or any calendar) subscribes to. A subscribed
// calendar cannot sign in, so the link itself is the key: `<user id>.<token>.ics`, the token an HMAC under
// LINK_SECRET of the user and a random key on the user. A new link (a new key) ends the old one, and
// stopping the feed removes the key. The feed carries when, where and what, never the visit's notes.
import crypto from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import ical, { ICalEventStatus } from "ical-generator";
import { VISIT_KIND_LABELS } from "~/domain/visit/visits";
import { placeOf } from "./visits.server";
import { linkToken } from "~/utils/link-tokens.server";

/** The feed spans from this many days back to this many ahead. */
const FEED_DAYS_BACK = 60;
const FEED_DAYS_AHEAD = 400;
const FEED_LIMIT = 2_000;
const FEED = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{43})\.ics$/;

function feedToken(secret: string, userId: string, key: string): string {
  return linkToken(secret, "calendar", userId, key);
}

/** The path of the user's feed, or null when they have none. */
export async function getCalendarFeedPath(prisma: PrismaClient, secret: string, userId: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { calendarFeedKey: true } });
  return user?.calendarFeedKey ? `/besoeg/kalender/${userId}.${feedToken(secret, userId, user.calendarFeedKey)}.ics` : null;
}

/** A new link for the feed; the old one stops working. */
export async function renewCalendarFeed(prisma: PrismaClient, userId: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { calendarFeedKey: crypto.randomBytes(24).toString("base64url") } });
}

export async function stopCalendarFeed(prisma: PrismaClient, userId: string): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { calendarFeedKey: null } });
}

/** The feed's iCalendar text for its last path segment, or null when it is no live feed (the route answers 404). */
export async function renderCalendarFeed(prisma: PrismaClient, input: { secret: string; feed: string; publicUrl: string; now?: Date }): Promise<string | null> {
  const match = FEED.exec(input.feed);
  if (!match) return null;
  const [, userId, token] = match as unknown as [string, string, string];
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, name: true, active: true, calendarFeedKey: true, jobcentreId: true } });
  if (!user?.active || !user.calendarFeedKey) return null;
  const expected = Buffer.from(feedToken(input.secret, user.id, user.calendarFeedKey));
  if (!crypto.timingSafeEqual(expected, Buffer.from(token.padEnd(expected.length).slice(0, expected.length)))) return null;

  const now = input.now ?? new Date();
  const visits = await prisma.companyVisit.findMany({
    where: {
      consultantId: user.id,
      jobcentreId: user.jobcentreId,
      plannedFor: { gte: new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000), lt: new Date(now.getTime() + FEED_DAYS_AHEAD * 86_400_000) },
    },
    select: {
      id: true,
      kind: true,
      plannedFor: true,
      durationMinutes: true,
      pNumber: true,
      purpose: true,
      cancelledAt: true,
      doneAt: true,
      updatedAt: true,
      createdAt: true,
      company: { select: { name: true, address: true, postcode: true, city: true, productionUnits: { select: { pNumber: true, name: true, address: true, postcode: true, city: true } } } },
    },
    orderBy: { plannedFor: "asc" },
    take: FEED_LIMIT,
  });
  const calendar = ical({ name: `Virksomhedsbesøg – ${user.name}`, prodId: { company: "Jobcentrenes rekrutteringsservice", product: "Virksomhedsbesøg", language: "DA" }, ttl: 15 * 60 });
  for (const visit of visits) {
    const url = `${input.publicUrl.replace(/\/$/, "")}/besoeg/${visit.id}`;
    calendar.createEvent({
      id: `${visit.id}@besoeg`,
      start: visit.plannedFor,
      end: new Date(visit.plannedFor.getTime() + visit.durationMinutes * 60_000),
      stamp: visit.updatedAt,
      created: visit.createdAt,
      lastModified: visit.updatedAt,
      // Each change is a new version, so a subscribed calendar takes it over.
      sequence: Math.floor(visit.updatedAt.getTime() / 1000) - Math.floor(visit.createdAt.getTime() / 1000),
      summary: `${VISIT_KIND_LABELS[visit.kind]}: ${visit.company.name}`,
      location: placeOf(visit),
      description: [visit.purpose, `Besøget i portalen: ${url}`].filter(Boolean).join("\n\n"),
      url,
      status: visit.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
