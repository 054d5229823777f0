//! The pipeline: per-document stages, then corpus-level stages and the report.

use crate::article::Article;
use crate::report::{
    BoilerplateRecord, ClusterRecord, DiagnosticRecord, DocumentRecord, EntityRecord, MemberRecord, MentionRecord,
    QuoteRecord, Report, SpanRecord, SpeakerRecord, Summary,
};
use byline_dedup::{DedupDoc, Deduplicator, Relation};
use byline_entities::{CorpusEntity, CorpusLinker, DocEntities, EntityRecognizer, Gender};
use byline_normalize::{CorpusProfile, Normalized, Normalizer};
use byline_quotes::{DocQuotes, Quote, QuoteExtractor, QuoteLinker, SpeakerKind};
use std::collections::HashMap;

/// Builds an [`Analyzer`].
#[derive(Debug, Default)]
pub struct AnalyzerBuilder {
    profile: CorpusProfile,
    deduplicator: Option<Deduplicator>,
}

impl AnalyzerBuilder {
    /// Corpus-level boilerplate evidence for the normalizer.
    pub fn corpus_profile(mut self, profile: CorpusProfile) -> AnalyzerBuilder {
        self.profile = profile;
        self
    }

    /// A deduplicator with non-default thresholds.
    pub fn deduplicator(mut self, deduplicator: Deduplicator) -> AnalyzerBuilder {
        self.deduplicator = Some(deduplicator);
        self
    }

    /// The finished analyzer.
    pub fn build(self) -> Analyzer {
        Analyzer {
            normalizer: Normalizer::builder().corpus_profile(self.profile).build(),
            recognizer: EntityRecognizer::builder().build(),
            extractor: QuoteExtractor::builder().build(),
            deduplicator: self.deduplicator.unwrap_or_else(|| Deduplicator::builder().build()),
            entity_linker: CorpusLinker::new(),
            quote_linker: QuoteLinker::new(),
        }
    }
}

/// Everything the per-document stages found in one article.
#[derive(Clone, Debug)]
pub struct DocAnalysis {
    /// Clean text, metadata, boilerplate, paragraphs and sentences.
    pub normalized: Normalized,
    /// Named entities and their resolution.
    pub entities: DocEntities,
    /// Quotes with their speakers.
    pub quotes: DocQuotes,
}

/// Runs byline over articles. Build once, share across threads.
#[derive(Debug)]
pub struct Analyzer {
    normalizer: Normalizer,
    recognizer: EntityRecognizer,
    extractor: QuoteExtractor,
    deduplicator: Deduplicator,
    entity_linker: CorpusLinker,
    quote_linker: QuoteLinker,
}

impl Analyzer {
    /// A builder with the default settings and no corpus profile.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// An analyzer whose normalizer knows the corpus's recurring template lines.
    pub fn for_corpus(articles: &[Article]) -> Analyzer {
        let profile = CorpusProfile::learn(articles.iter().map(|a| a.text.as_str()));
        Analyzer::builder().corpus_profile(profile).build()
    }

    /// The per-document stages: normalize, then entities, then quotes.
    pub fn analyze(&self, article: &Article) -> DocAnalysis {
        let normalized = self.normalizer.normalize_str(&article.text);
        let entities = self.recognizer.recognize(&normalized);
        let quotes = self.extractor.extract(&normalized, &entities);
        DocAnalysis { normalized, entities, quotes }
    }

    /// The corpus-level stages and the report. `analyses[i]` belongs to
    /// `articles[i]`; `skipped` holds one error per input that yielded no article.
    pub fn report(&self, articles: &[Article], analyses: &[DocAnalysis], skipped: Vec<DiagnosticRecord>) -> Report {
        let linked = self.link_entities(analyses);
        let entity_ids = entity_ids(&linked);
        let mut diagnostics = Vec::new();
        for (article, analysis) in articles.iter().zip(analyses) {
            diagnostics.extend(document_diagnostics(article, analysis));
        }
        let skipped_count = skipped.len();
        diagnostics.extend(skipped);
        Report {
            summary: Summary {
                inputs: articles.len() + skipped_count,
                analysed: articles.len(),
                skipped: skipped_count,
            },
            documents: articles.iter().zip(analyses).map(|(a, d)| document_record(a, &d.normalized)).collect(),
            clusters: self.clusters(articles, analyses),
            entities: entity_records(articles, analyses, &linked),
            quotes: self.quote_records(articles, analyses, &linked, &entity_ids),
            diagnostics,
        }
    }

    fn link_entities(&self, analyses: &[DocAnalysis]) -> Vec<CorpusEntity> {
        let docs: Vec<&DocEntities> = analyses.iter().map(|a| &a.entities).collect();
        self.entity_linker.link(&docs)
    }

    fn clusters(&self, articles: &[Article], analyses: &[DocAnalysis]) -> Vec<ClusterRecord> {
        let docs: Vec<DedupDoc> = articles
            .iter()
            .zip(analyses)
            .map(|(a, d)| DedupDoc {
                id: a.id.clone(),
                body: d.normalized.body_view(),
                lang: d.normalized.lang.code().to_string(),
                date: a.date.clone().or_else(|| d.normalized.date.map(|s| s.slice(&d.normalized.text).to_string())),
            })
            .collect();
        self.deduplicator
            .cluster(&docs)
            .into_iter()
            .enumerate()
            .map(|(i, c)| ClusterRecord {
                id: format!("C{}", i + 1),
                canonical: articles[c.canonical].id.clone(),
                members: c
                    .members
                    .iter()
                    .map(|m| {
                        let evidence = m.relation != Relation::Canonical;
                        MemberRecord {
                            doc: articles[m.doc].id.clone(),
                            relation: m.relation.as_str().to_string(),
                            jaccard: evidence.then_some(round3(m.jaccard)),
                            containment: evidence.then_some(round3(m.containment)),
                            shared_shingles: evidence.then_some(m.shared_shingles),
                        }
                    })
                    .collect(),
            })
            .collect()
    }

    fn quote_records(
        &self,
        articles: &[Article],
        analyses: &[DocAnalysis],
        linked: &[CorpusEntity],
        entity_ids: &HashMap<(usize, usize), usize>,
    ) -> Vec<QuoteRecord> {
        let docs: Vec<(&Normalized, &DocQuotes)> = analyses.iter().map(|a| (&a.normalized, &a.quotes)).collect();
        let mut group_of: HashMap<(usize, usize), usize> = HashMap::new();
        for (g, group) in self.quote_linker.link(&docs).iter().enumerate() {
            for &member in group {
                group_of.insert(member, g);
            }
        }
        let mut out = Vec::new();
        for (d, (article, analysis)) in articles.iter().zip(analyses).enumerate() {
            for (q, quote) in analysis.quotes.quotes.iter().enumerate() {
                let group = group_of.get(&(d, q)).copied().unwrap_or(usize::MAX);
                let speaker = speaker_record(quote, d, &analysis.normalized.text, linked, entity_ids);
                let text = &analysis.normalized.text;
                out.push(QuoteRecord {
                    doc: article.id.clone(),
                    kind: quote.kind.as_str().to_string(),
                    text: quote.span.slice(text).to_string(),
                    start: quote.span.start,
                    end: quote.span.end,
                    cue: quote.cue.map(|c| SpanRecord::of(c, text)),
                    speaker,
                    group: if group == usize::MAX { String::new() } else { format!("Q{}", group + 1) },
                });
            }
        }
        out
    }
}

/// `(document, doc-level entity)` → index of its corpus entity.
fn entity_ids(linked: &[CorpusEntity]) -> HashMap<(usize, usize), usize> {
    let mut ids = HashMap::new();
    for (i, entity) in linked.iter().enumerate() {
        for &member in &entity.members {
            ids.insert(member, i);
        }
    }
    ids
}

fn speaker_record(
    quote: &Quote,
    doc: usize,
    text: &str,
    linked: &[CorpusEntity],
    entity_ids: &HashMap<(usize, usize), usize>,
) -> Option<SpeakerRecord> {
    let speaker = quote.speaker.as_ref()?;
    let mention = speaker.span.slice(text);
    if speaker.kind == SpeakerKind::Pronoun && speaker.entity.is_none() && speaker.name == mention {
        // "she" with nobody to refer to: a pronoun is not a name, so no speaker is claimed.
        return None;
    }
    let corpus = speaker.entity.and_then(|e| entity_ids.get(&(doc, e)).copied());
    Some(SpeakerRecord {
        entity: corpus.map(|c| format!("E{}", c + 1)),
        // The corpus gives the fullest name ("Kent Hehr" even where this article says only "Hehr").
        name: corpus.map_or_else(|| speaker.name.clone(), |c| linked[c].name.clone()),
        text: mention.to_string(),
        start: speaker.span.start,
        end: speaker.span.end,
        kind: format!("{:?}", speaker.kind).to_lowercase(),
    })
}

fn entity_records(articles: &[Article], analyses: &[DocAnalysis], linked: &[CorpusEntity]) -> Vec<EntityRecord> {
    linked
        .iter()
        .enumerate()
        .map(|(i, entity)| {
            let mut roles: Vec<String> = Vec::new();
            let mut gender = None;
            let mut mentions = Vec::new();
            for &(d, e) in &entity.members {
                let doc = &analyses[d];
                let local = &doc.entities.entities[e];
                for role in &local.roles {
                    if !roles.contains(role) {
                        roles.push(role.clone());
                    }
                }
                gender = gender.or(local.gender);
                for &m in &local.mentions {
                    let span = doc.entities.mentions[m].span;
                    let record = SpanRecord::of(span, &doc.normalized.text);
                    mentions.push(MentionRecord {
                        doc: articles[d].id.clone(),
                        start: record.start,
                        end: record.end,
                        text: record.text,
                    });
                }
            }
            EntityRecord {
                id: format!("E{}", i + 1),
                name: entity.name.clone(),
                kind: entity.kind.as_str().to_string(),
                aliases: entity.aliases.clone(),
                roles,
                gender: gender.map(|g| match g {
                    Gender::Male => "male".to_string(),
                    Gender::Female => "female".to_string(),
                }),
                mentions,
            }
        })
        .collect()
}

fn document_record(article: &Article, n: &Normalized) -> DocumentRecord {
    let slice = |s: Option<byline_text::Span>| s.map(|s| s.slice(&n.text).to_string());
    DocumentRecord {
        id: article.id.clone(),
        lang: n.lang.code().to_string(),
        title: article.title.clone().or_else(|| slice(n.title)),
        date: article.date.clone().or_else(|| slice(n.date)),
        dateline: slice(n.dateline),
        url: article.url.clone(),
        outlet: article.outlet.clone(),
        meta: article.meta.clone(),
        bytes: n.text.len(),
        paragraphs: n.paragraphs.iter().map(|p| [p.span.start, p.span.end]).collect(),
        sentences: n.sentences.iter().map(|s| [s.start, s.end]).collect(),
        boilerplate: n
            .boilerplate
            .iter()
            .map(|b| BoilerplateRecord {
                start: b.span.start,
                end: b.span.end,
                text: b.span.slice(&n.text).to_string(),
                kind: b.kind.as_str().to_string(),
            })
            .collect(),
    }
}

fn document_diagnostics<'a>(
    article: &'a Article,
    analysis: &'a DocAnalysis,
) -> impl Iterator<Item = DiagnosticRecord> + 'a {
    article
        .diagnostics
        .iter()
        .chain(&analysis.normalized.diagnostics)
        .chain(&analysis.entities.diagnostics)
        .chain(&analysis.quotes.diagnostics)
        .map(|d| DiagnosticRecord::of(&article.id, d))
}

/// Three decimals are all a reader needs, and they keep reports stable.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
