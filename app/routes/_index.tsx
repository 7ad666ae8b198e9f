import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listJobcentrePromises } from "~/models/job-order/intake.server";

export const meta: MetaFunction = () => [
  { title: "Gratis hjælp til at finde medarbejdere – Jobcentrenes rekrutteringsservice" },
  { name: "description", content: "Send en jobordre til jobcentret, og få gratis hjælp til at finde nye medarbejdere." },
];

export async function loader() {
  // The promises are policy data per jobcentre, so the page always shows the current ones.
  return json({ jobcentres: await listJobcentrePromises() });
}

function promiseText(responseHours: number, countingMode: "CLOCK_HOURS" | "WORKING_HOURS"): string {
  const hours = responseHours === 1 ? "1 time" : `${responseHours} timer`;
  return countingMode === "CLOCK_HOURS" ? `svar inden for ${hours}` : `svar inden for ${hours} i jobcentrets åbningstid`;
}

export default function Index() {
  const { jobcentres } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Find nye medarbejdere med hjælp fra jobcentret</h1>
      <p className="font-lead">
        Jobcentrenes rekrutteringsservice er gratis for alle virksomheder. Fortæl os, hvem I mangler, så finder vi
        kandidater og vender tilbage inden for jobcentrets svarfrist.
      </p>
      <p>
        <Link to="/jobordre/ny" className="button button-primary">
          Opret jobordre
        </Link>
      </p>
      <p>
        Har I allerede sendt en jobordre? Se status og svar under <Link to="/mine-jobordrer">Mine jobordrer</Link>.
      </p>

      <h2>Det kan vi hjælpe med</h2>
      <ul>
        <li>CV-søgning blandt ledige, der passer til jeres behov</li>
        <li>Screening af kandidater, før de bliver sendt videre til jer</li>
        <li>Hjælp til at skrive og slå stillingsopslag op på Jobnet</li>
        <li>Kandidater på tværs af kommunegrænser gennem de regionale rekrutteringsservices</li>
        <li>Ordinære job, småjob, fleksjob, løntilskud, virksomhedspraktik, voksenlærlinge, elever, IGU og jobrotation</li>
      </ul>

      <h2>Sådan foregår det</h2>
      <ol>
        <li>I udfylder en jobordre. Det tager omkring 5 minutter, og I skal ikke oprette en bruger.</li>
        <li>I får en kvittering på skærmen og på mail med jobordrens nummer og svarfristen.</li>
        <li>En virksomhedskonsulent fra jobcentret svarer jer og fortæller, hvad der sker nu.</li>
      </ol>

      <h2>Jobcentrenes svarfrister</h2>
      {jobcentres.length > 0 ? (
        <ul>
          {jobcentres.map((jc) => (
            <li key={jc.id}>
              <strong>{jc.name}</strong>: {promiseText(jc.responseHours, jc.countingMode)}
            </li>
          ))}
        </ul>
      ) : (
        <p>Jobcentrenes svarfrister vises her, når de er oprettet.</p>
      )}
      <p className="form-hint">Det jobcenter, der dækker arbejdsstedets postnummer, tager sig af jobordren.</p>
    </>
  );
}
