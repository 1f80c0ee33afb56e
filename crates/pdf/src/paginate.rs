//! Flowing blocks onto pages: no widows or orphans, headings kept with what follows.

use crate::blocks::{Block, Geometry};

/// A line placed on a page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Placed {
    pub block: usize,
    pub line: usize,
    /// Top of the line box.
    pub top: f32,
}

/// One page: its lines in reading order.
#[derive(Clone, Debug, Default)]
pub(crate) struct PageLayout {
    pub lines: Vec<Placed>,
}

/// Fewest lines of a split paragraph left at the foot or carried to the head of a page.
const MIN_LINES: usize = 2;

/// Height needed on this page before `blocks[i]` may start there: the whole of
/// every kept-together block in the chain plus the first lines of the block after.
fn keep_height(blocks: &[Block], i: usize) -> f32 {
    let mut h = 0.0;
    let mut j = i;
    while j < blocks.len() {
        let b = &blocks[j];
        let space = if j == i { 0.0 } else { b.space_before };
        if b.keep_with_next && j + 1 < blocks.len() && !blocks[j + 1].new_page {
            h += space + b.lines.len() as f32 * b.leading + b.space_after;
            j += 1;
        } else {
            let n = if j == i {
                b.lines.len()
            } else {
                b.lines.len().min(MIN_LINES)
            };
            h += space + n as f32 * b.leading;
            break;
        }
    }
    h
}

/// Place every line of every block on pages.
pub(crate) fn paginate(blocks: &[Block], g: &Geometry) -> Vec<PageLayout> {
    let mut pages = vec![PageLayout::default()];
    let mut y = g.top;
    let mut pending_space = 0.0f32;
    let new_page = |pages: &mut Vec<PageLayout>, y: &mut f32, pending: &mut f32| {
        pages.push(PageLayout::default());
        *y = g.top;
        *pending = 0.0;
    };

    for (bi, block) in blocks.iter().enumerate() {
        let empty = |pages: &Vec<PageLayout>| pages.last().is_none_or(|p| p.lines.is_empty());
        if block.new_page && !empty(&pages) {
            new_page(&mut pages, &mut y, &mut pending_space);
        }
        let space = |pages: &Vec<PageLayout>, pending: f32| {
            if empty(pages) {
                0.0
            } else {
                pending.max(block.space_before)
            }
        };
        if block.keep_with_next
            && !empty(&pages)
            && y + space(&pages, pending_space) + keep_height(blocks, bi) > g.bottom
        {
            new_page(&mut pages, &mut y, &mut pending_space);
        }

        let n = block.lines.len();
        let mut next = 0;
        while next < n {
            let sp = space(&pages, pending_space);
            let avail = ((g.bottom - y - sp + 0.01) / block.leading)
                .floor()
                .max(0.0) as usize;
            let remaining = n - next;
            let take = if remaining <= avail {
                remaining
            } else {
                // Split: at least MIN_LINES here and MIN_LINES on the next page.
                let k = avail.min(remaining.saturating_sub(MIN_LINES));
                if k >= MIN_LINES {
                    k
                } else if empty(&pages) {
                    // A page of its own cannot hold it: fill the page regardless.
                    avail.max(1).min(remaining)
                } else {
                    0
                }
            };
            if take == 0 {
                new_page(&mut pages, &mut y, &mut pending_space);
                continue;
            }
            y += sp;
            pending_space = 0.0;
            let page = pages.last_mut().expect("at least one page");
            for li in next..next + take {
                page.lines.push(Placed {
                    block: bi,
                    line: li,
                    top: y,
                });
                y += block.leading;
            }
            next += take;
            if next < n {
                new_page(&mut pages, &mut y, &mut pending_space);
            }
        }
        pending_space = block.space_after;
    }
    pages.retain(|p| !p.lines.is_empty());
    if pages.is_empty() {
        pages.push(PageLayout::default());
    }
    pages
}
