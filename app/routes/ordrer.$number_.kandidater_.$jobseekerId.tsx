// A candidate's profile, read in the context of an order before shortlisting: skills, certificates, CV and
// availability. Every read is logged (app/models/jobseeker/profile.server.ts).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Fact } from "~/components/forms";
import { readCandidateProfile } from "~/models/jobseeker/profile.server";
import { getPrisma } from "~/utils/db.server";
import { requireStaffUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Kandidatens profil – Jobcentrenes rekrutteringsservice" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaffUser(request);
  const profile = await readCandidateProfile(getPrisma(), user, params.number ?? "", params.jobseekerId ?? "");
  if (!profile) throw new Response("Kandidaten findes ikke, eller du har ikke adgang til kandidaten for denne jobordre.", { status: 404 });
  return json(profile);
}

export default function CandidateProfile() {
  const { order, seeker } = useLoaderData<typeof loader>();
  const search = `/ordrer/${encodeURIComponent(order.number)}/kandidater`;
  return (
    <>
      <p>
        <Link to={search}>Tilbage til søgningen til {order.title} ({order.number})</Link>
      </p>
      <h1>{seeker.name}</h1>
      <p className="font-lead">
        Profil til jobordre {order.number}
        {seeker.fromJobcentre ? `, fra ${seeker.fromJobcentre}` : ""}.{seeker.onOrder ? ` På jobordren: ${seeker.onOrder}.` : ""}
      </p>
      <p>Dit opslag bliver registreret, så jobsøgeren kan få at vide, hvem der har set deres oplysninger.</p>
      <dl>
        {seeker.facts.map(([label, value]) => (
          <Fact key={label} label={label}>
            {value}
          </Fact>
        ))}
      </dl>
      <h2>CV</h2>
      {seeker.cv ? <p className="answer-text">{seeker.cv}</p> : <p>Jobsøgeren har ikke et CV i registret.</p>}
    </>
  );
}
