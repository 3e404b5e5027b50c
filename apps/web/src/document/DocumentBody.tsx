import { richTextToPlain } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { ActorsPart } from './ActorsPart.tsx';
import type { DocumentData } from './DocumentData.ts';
import type { OutlinePart } from './documentOutline.ts';
import { FieldsPart } from './FieldsPart.tsx';
import { GoalSystemPart } from './GoalSystemPart.tsx';
import { MeasureSheet } from './MeasureSheet.tsx';
import { MeasuresOverviewPart } from './MeasuresOverviewPart.tsx';
import { PartSection } from './PartSection.tsx';
import { RichText } from './RichText.tsx';

/** The concept's chapters and structured parts, in the Word export's order and wording. */
export function DocumentBody({ data, outline }: { data: DocumentData; outline: readonly OutlinePart[] }) {
  const t = useT();
  const { concept } = data;
  return (
    <>
      {outline.map((part) => {
        const { entry } = part;
        switch (part.part) {
          case 'chapter':
            return (
              <PartSection
                key={entry.anchor}
                entry={entry}
                intro={part.chapter}
                emptyNote={t('web.document.empty.chapter')}
              >
                {null}
              </PartSection>
            );
          case 'vision':
            return (
              <PartSection
                key={entry.anchor}
                entry={entry}
                intro={part.intro}
                emptyNote={t('web.document.empty.chapter')}
                anchor="part-vision"
              >
                {richTextToPlain(concept.vision) === '' ? null : (
                  <div id="vision" tabIndex={-1} className="document-anchor">
                    <RichText doc={concept.vision} headingOffset={2} />
                  </div>
                )}
              </PartSection>
            );
          case 'goals':
            return (
              <PartSection
                key={entry.anchor}
                entry={entry}
                intro={part.intro}
                emptyNote={t('web.document.empty.goals')}
                anchor="part-goals"
              >
                {data.goals.length > 0 ? <GoalSystemPart data={data} /> : null}
              </PartSection>
            );
          case 'fieldsOfAction':
            return (
              <PartSection
                key={entry.anchor}
                entry={entry}
                intro={part.intro}
                emptyNote={t('web.document.empty.fields')}
                anchor="part-fieldsOfAction"
              >
                {concept.fieldsOfAction.length > 0 ? (
                  <FieldsPart data={data} entries={entry.children} />
                ) : null}
              </PartSection>
            );
          case 'measuresOverview':
            return (
              <PartSection
                key={entry.anchor}
                entry={entry}
                intro={part.intro}
                emptyNote={t('web.document.empty.measures')}
                anchor="part-measuresOverview"
              >
                {concept.measures.length > 0 ? <MeasuresOverviewPart data={data} /> : null}
              </PartSection>
            );
          case 'measureSheets':
            return (
              <PartSection
                key={entry.anchor}
                entry={entry}
                intro={part.intro}
                emptyNote={t('web.document.empty.measures')}
                anchor="part-measureSheets"
              >
                {concept.measures.length > 0
                  ? concept.measures.map((m) => <MeasureSheet key={m.id} measure={m} data={data} />)
                  : null}
              </PartSection>
            );
          case 'actors':
            return (
              <PartSection
                key={entry.anchor}
                entry={entry}
                intro={part.intro}
                emptyNote={t('web.document.empty.actors')}
                anchor="part-actors"
              >
                {concept.actors.length > 0 ? <ActorsPart actors={concept.actors} /> : null}
              </PartSection>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
