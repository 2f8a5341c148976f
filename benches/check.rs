//! Load-and-check of a 10,000-session plan, against a baseline in the same run: parsing a
//! plan with no sessions. Goal (issue 2): under 10 ms on the project's 2-core machine.
//!
//! Run: `cargo bench --bench check`

use std::hint::black_box;

use carelevels::catalog::Catalog;
use carelevels::check::check_plan;
use carelevels::plan::file;
use carelevels::plan::{Clock, Commitment, Day, LevelId, Plan, Session, SessionKind};
use criterion::{Criterion, criterion_group, criterion_main};

/// Sessions spread over the week, some overlapping, with a commitment on each day.
fn big_plan(sessions: usize) -> Plan {
    let mut plan = Plan::new(LevelId::Iop);
    plan.name = "Ten thousand sessions".into();
    for i in 0..sessions {
        let day = Day::ALL[i % 7];
        let start = ((i * 37) % (23 * 60)) as u16;
        let len = 15 + ((i * 11) % 120) as u16;
        plan.phases[0].sessions.push(Session {
            day,
            start: Clock::from_minutes(start).unwrap(),
            end: Clock::from_minutes((start + len).min(1440)).unwrap(),
            kind: SessionKind::ALL[i % 7],
            title: format!("Session {i}"),
        });
    }
    for day in Day::ALL {
        plan.commitments.push(Commitment {
            day,
            start: Clock::from_hm(9, 0).unwrap(),
            end: Clock::from_hm(17, 0).unwrap(),
            title: "Work".into(),
        });
    }
    plan
}

fn bench(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let big = file::to_ron(&big_plan(10_000));
    let empty = file::to_ron(&Plan::new(LevelId::Iop));
    let plan = file::parse(&big).unwrap();

    let mut group = c.benchmark_group("plan");
    group.bench_function("baseline: load an empty plan", |b| {
        b.iter(|| file::parse(black_box(&empty)).unwrap())
    });
    group.bench_function("load 10k sessions", |b| {
        b.iter(|| file::parse(black_box(&big)).unwrap())
    });
    group.bench_function("check 10k sessions", |b| {
        b.iter(|| check_plan(black_box(&plan), catalog, None).unwrap())
    });
    group.bench_function("load and check 10k sessions", |b| {
        b.iter(|| {
            let plan = file::parse(black_box(&big)).unwrap();
            check_plan(&plan, catalog, None).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
