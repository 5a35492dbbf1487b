//! What the editor shows that is derived from the document: the figures and issues,
//! the live preview, the photos' thumbnails, and the gallery's look and colours.
//! Recomputed only when the document's state changes.

use super::derived::Derived;
use super::document::{DocKey, Document};
use super::preview::{Preview, PreviewKey};
use super::thumbnails::Thumbnails;
use crate::analytics::Benchmarks;
use crate::media::Palette;
use crate::model::{GalleryLook, Project, Rgb};
use std::sync::Arc;
use time::Date;

/// The derived views of the open document.
pub struct Views {
    /// Figures and issues.
    pub derived: Derived,
    /// The kit's pages, laid out on a worker.
    pub preview: Preview,
    /// Photo thumbnails (textures) and their palettes.
    pub thumbs: Thumbnails,
    /// The gallery's palette and cohesion, once thumbnails are read.
    pub gallery: Option<GalleryLook>,
    /// The colours the kit's accent is chosen from (as the PDF export measures them).
    pub palette: Vec<Rgb>,
    gallery_key: Option<(DocKey, usize)>,
    /// The day dates are judged against.
    pub today: Date,
}

impl Views {
    /// Views of `doc`, judged on `today`.
    pub fn new(
        ctx: &egui::Context,
        benchmarks: Arc<Benchmarks>,
        doc: &Document,
        today: Date,
    ) -> Self {
        Self {
            derived: Derived::new(Arc::clone(&benchmarks), doc.project(), today),
            preview: Preview::new(ctx, benchmarks),
            thumbs: Thumbnails::new(ctx, doc.media_source(), doc.key().generation),
            gallery: None,
            palette: Vec::new(),
            gallery_key: None,
            today,
        }
    }

    /// Another document is open (or its photos moved): thumbnails are read anew.
    pub fn reset(&mut self, doc: &Document) {
        self.thumbs.reset(doc.media_source(), doc.key().generation);
    }

    /// Takes in what the workers finished.
    pub fn poll(&mut self, ctx: &egui::Context) {
        self.thumbs.poll(ctx);
        self.preview.poll();
    }

    /// Whether a worker is still busy (thumbnails, preview).
    pub fn is_busy(&self) -> bool {
        self.thumbs.is_loading() || self.preview.is_stale()
    }

    /// Brings figures, colours and the preview up to date with `doc`; the preview
    /// shows the kit of pitch `pitch` when given (and it exists), else the main kit.
    pub fn refresh(&mut self, doc: &Document, pitch: Option<usize>) {
        let key = doc.key();
        let project = doc.project();
        self.derived.refresh(key, project);
        let loaded = project
            .samples
            .iter()
            .filter(|s| self.thumbs.palette(&s.media.file).is_some())
            .count();
        if self.gallery_key != Some((key, loaded)) {
            self.gallery_key = Some((key, loaded));
            self.gallery = self.look_of(project);
            // The accent's colours, measured exactly as the PDF export measures them.
            self.palette =
                crate::media::gallery_colours(project.look.as_ref(), &project.samples, |sample| {
                    self.thumbs.palette(&sample.media.file).cloned()
                });
        }
        let pitch = pitch.and_then(|i| project.pitches.get(i).map(|p| (i, p)));
        let preview_key = PreviewKey {
            doc: key,
            palette: self.palette.clone(),
            pitch: pitch.map(|(i, p)| (i, crate::ui::panels::pitch_title(p, i))),
        };
        if !self.preview.wants(&preview_key) {
            return;
        }
        match pitch {
            Some((_, p)) => {
                let tailored = crate::kit::pitch::tailor(project, p, self.today);
                self.preview
                    .request(preview_key, &tailored.project, self.today);
            }
            None => self.preview.request(preview_key, project, self.today),
        }
    }

    /// Each sample's palette: stored with the photo, else read from its thumbnail.
    fn sample_palettes(&self, project: &Project) -> Vec<Palette> {
        project
            .samples
            .iter()
            .filter_map(|s| {
                if s.media.palette.is_empty() {
                    self.thumbs.palette(&s.media.file).cloned()
                } else {
                    Some(Palette {
                        swatches: s.media.palette.clone(),
                    })
                }
            })
            .collect()
    }

    /// The gallery's look for `project`: stored, else measured on the thumbnails.
    fn look_of(&self, project: &Project) -> Option<GalleryLook> {
        if let Some(look) = &project.look
            && !look.palette.is_empty()
        {
            return Some(look.clone());
        }
        self.measured_look(project)
    }

    /// The gallery's look measured on the photos' palettes.
    pub fn measured_look(&self, project: &Project) -> Option<GalleryLook> {
        crate::media::gallery_look(&self.sample_palettes(project)).map(Into::into)
    }
}
