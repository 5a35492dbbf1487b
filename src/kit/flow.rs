//! Components and pagination: a component is an atomic group of blocks (never split
//! across pages) laid out relative to its own top-left corner; the flow stacks them
//! down the live area, keeps headings with what follows, and starts new pages.

use super::page::{Block, Paint, RectMm, Shape};
use super::text::{self, Align, SetText, TextStyle};
use crate::model::Rgb;

/// An atomic piece of a page, laid out from (0, 0) = its top-left corner at the live
/// area's left edge.
#[derive(Debug, Clone, Default)]
pub struct Component {
    /// The blocks, relative to the component's corner.
    pub blocks: Vec<Block>,
    /// Its height.
    pub height_mm: f32,
    /// Space above it (dropped at the top of a page).
    pub gap_before_mm: f32,
    /// Never end a page with it (headings).
    pub keep_with_next: bool,
    /// Start a new page before it.
    pub page_break_before: bool,
    /// Characters left out because no font has them.
    pub dropped: Vec<char>,
    /// A shorter version (smaller chart, say) the flow uses when this one would not fit
    /// on the current page but the shorter one would, instead of starting a new page.
    pub compact: Option<Box<Component>>,
}

impl Component {
    /// An empty component with a gap above it.
    pub fn new(gap_before_mm: f32) -> Self {
        Self {
            gap_before_mm,
            ..Self::default()
        }
    }

    /// Grows the height so that `bottom_mm` (relative) is inside.
    pub fn extend_to(&mut self, bottom_mm: f32) {
        self.height_mm = self.height_mm.max(bottom_mm);
    }

    /// Sets text broken to `width_mm` at (x, y), at most `max_lines` lines (the last
    /// one ending in an ellipsis when cut); returns the height used.
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        content: &str,
        style: &TextStyle,
        x_mm: f32,
        y_mm: f32,
        width_mm: f32,
        align: Align,
        max_lines: usize,
    ) -> f32 {
        if content.trim().is_empty() {
            return 0.0;
        }
        let mut lines = text::break_lines(content, style, width_mm);
        text::limit_lines(&mut lines, style, width_mm, max_lines);
        self.lines(&lines, style, x_mm, y_mm, width_mm, align)
    }

    /// Sets already-broken lines; returns the height used.
    pub fn lines(
        &mut self,
        lines: &[String],
        style: &TextStyle,
        x_mm: f32,
        y_mm: f32,
        width_mm: f32,
        align: Align,
    ) -> f32 {
        if lines.is_empty() {
            return 0.0;
        }
        let SetText { block, dropped } = text::set_lines(lines, style, x_mm, y_mm, width_mm, align);
        let height = block.rect.height_mm;
        self.extend_to(block.rect.bottom_mm());
        self.blocks.push(Block::Text(block));
        self.dropped.extend(dropped);
        height
    }

    /// A filled rectangle.
    pub fn rect(&mut self, rect: RectMm, fill: Rgb, radius_mm: f32) {
        self.extend_to(rect.bottom_mm());
        self.blocks.push(Block::Shape {
            shape: Shape::Rect { rect, radius_mm },
            paint: Paint {
                fill: Some(fill),
                stroke: None,
            },
        });
    }

    /// A clickable area.
    pub fn link(&mut self, rect: RectMm, url: &str) {
        if url.trim().is_empty() {
            return;
        }
        self.blocks.push(Block::Link {
            rect,
            url: url.trim().to_owned(),
        });
    }

    /// Adds blocks already laid out in component coordinates.
    pub fn extend_blocks(&mut self, blocks: Vec<Block>) {
        for block in &blocks {
            self.extend_to(block.bounds().bottom_mm());
        }
        self.blocks.extend(blocks);
    }
}

/// Pages of blocks being filled top to bottom.
pub struct Flow {
    live: RectMm,
    pages: Vec<Vec<Block>>,
    cursor_mm: f32,
    dropped: Vec<char>,
}

impl Flow {
    /// An empty flow over a live area.
    pub fn new(live: RectMm) -> Self {
        Self {
            live,
            pages: Vec::new(),
            cursor_mm: 0.0,
            dropped: Vec::new(),
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.cursor_mm = 0.0;
    }

    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(Vec::is_empty)
    }

    /// Places components in order, keeping `keep_with_next` chains on one page.
    pub fn place_all(&mut self, components: Vec<Component>) {
        let mut pending: Vec<Component> = Vec::new();
        for component in components {
            let keep = component.keep_with_next;
            pending.push(component);
            if !keep {
                self.place_chain(std::mem::take(&mut pending));
            }
        }
        if !pending.is_empty() {
            self.place_chain(pending);
        }
    }

    /// Height a chain takes below the cursor on the current page.
    fn needed_mm(&self, chain: &[Component]) -> f32 {
        let chain_height: f32 = chain
            .iter()
            .enumerate()
            .map(|(i, c)| c.height_mm + if i == 0 { 0.0 } else { c.gap_before_mm })
            .sum();
        let first_gap = chain.first().map_or(0.0, |c| c.gap_before_mm);
        if self.page_is_empty() {
            chain_height
        } else {
            first_gap + chain_height
        }
    }

    fn fits(&self, chain: &[Component]) -> bool {
        self.cursor_mm + self.needed_mm(chain) <= self.live.height_mm + 0.01
    }

    fn place_chain(&mut self, mut chain: Vec<Component>) {
        if self.pages.is_empty() {
            self.new_page();
        }
        let breaks = chain.first().is_some_and(|c| c.page_break_before);
        if breaks && !self.page_is_empty() {
            self.new_page();
        }
        if !self.fits(&chain) && !self.page_is_empty() {
            let has_compact = chain.iter().any(|c| c.compact.is_some());
            let compact: Vec<Component> = chain
                .iter()
                .map(|c| c.compact.as_deref().unwrap_or(c).clone())
                .collect();
            if has_compact && self.fits(&compact) {
                chain = compact;
            } else {
                self.new_page();
            }
        }
        for mut component in chain {
            component.compact = None;
            self.place(component);
        }
    }

    fn place(&mut self, component: Component) {
        let gap = if self.page_is_empty() {
            0.0
        } else {
            component.gap_before_mm
        };
        if self.cursor_mm + gap + component.height_mm > self.live.height_mm + 0.01
            && !self.page_is_empty()
        {
            self.new_page();
            return self.place(component);
        }
        let top = self.cursor_mm + gap;
        let (dx, dy) = (self.live.x_mm, self.live.y_mm + top);
        let page = match self.pages.last_mut() {
            Some(page) => page,
            None => return,
        };
        for mut block in component.blocks {
            block.translate(dx, dy);
            page.push(block);
        }
        self.dropped.extend(component.dropped);
        self.cursor_mm = top + component.height_mm;
    }

    /// The filled pages (blocks in page coordinates) and every dropped character.
    pub fn finish(self) -> (Vec<Vec<Block>>, Vec<char>) {
        (self.pages, self.dropped)
    }
}
