//! Figures derived from the project (the analytics report, validation issues, the
//! health check's warnings),
//! computed once per project state rather than every frame.

use super::document::DocKey;
use crate::analytics::{self, Benchmarks, HealthWarning, Report};
use crate::model::Project;
use crate::storage::{self, ValidationIssue};
use std::sync::Arc;
use time::Date;

/// Everything the panels show that is computed from the project.
#[derive(Debug, Clone)]
pub struct Derived {
    key: Option<DocKey>,
    /// The sourced benchmark table.
    pub benchmarks: Arc<Benchmarks>,
    /// Every figure of the project (`analytics::report`).
    pub report: Report,
    /// Problems to fix before the kit is sent (`storage::validate`).
    pub issues: Vec<ValidationIssue>,
    /// Figures to check, dismissed ones included (`analytics::health_check`).
    pub health: Vec<HealthWarning>,
    /// The day issues are judged against.
    pub today: Date,
}

impl Derived {
    /// Figures for `project`, judged on `today`, against `benchmarks`.
    pub fn new(benchmarks: Arc<Benchmarks>, project: &Project, today: Date) -> Self {
        let report = analytics::report(project, &benchmarks);
        Self {
            key: None,
            health: analytics::health_check_with_report(project, &report, today, &benchmarks),
            report,
            issues: storage::validate(project, today),
            benchmarks,
            today,
        }
    }

    /// Recomputes when the project state (`key`) changed; true when it did.
    pub fn refresh(&mut self, key: DocKey, project: &Project) -> bool {
        if self.key == Some(key) {
            return false;
        }
        self.report = analytics::report(project, &self.benchmarks);
        self.issues = storage::validate(project, self.today);
        self.health = analytics::health_check_with_report(
            project,
            &self.report,
            self.today,
            &self.benchmarks,
        );
        self.key = Some(key);
        true
    }

    /// The issues whose field path starts with `prefix` (e.g. `"platforms["`).
    pub fn issues_under<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = &'a ValidationIssue> {
        self.issues
            .iter()
            .filter(move |i| i.path.starts_with(prefix))
    }
}

/// The embedded benchmark table, or an empty one (with the reason) if it cannot be
/// read, so the editor still opens.
pub fn load_benchmarks() -> (Arc<Benchmarks>, Option<String>) {
    match Benchmarks::embedded() {
        Ok(b) => (Arc::new(b), None),
        Err(e) => (
            Arc::new(Benchmarks {
                schema_version: 1,
                conventions: Vec::new(),
                rows: Vec::new(),
            }),
            Some(format!(
                "The benchmark table could not be read ({e}); comparisons are not shown. \
                 This build of Pitchkit is broken, please report it."
            )),
        ),
    }
}
