//! Times bcrypt password verifications with the server's own code, for `scripts/bench` (the
//! sign-in bound is cores ÷ the time of one verification):
//!
//! ```sh
//! cargo run --release --example bcrypt_cost -- 12 5     # cost 12, median of 5 verifications
//! cargo run --release --example bcrypt_cost -- 12 5 2   # the same on 2 threads at once
//! ```
//!
//! Prints the median time of one verification in seconds. With several threads, each runs the
//! given number of verifications at the same time as the others, which shows how much of the
//! machine a busy server would actually get.

use std::time::Instant;

use tokenauth::auth::{hash_password, verify_password};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let cost: u32 = args.next().as_deref().unwrap_or("12").parse()?;
    let rounds: usize = args.next().as_deref().unwrap_or("5").parse()?;
    let threads: usize = args.next().as_deref().unwrap_or("1").parse()?;
    let hash = hash_password("bench-password-1", cost)?;
    let mut times: Vec<f64> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.max(1))
            .map(|_| {
                scope.spawn(|| {
                    (0..rounds.max(1))
                        .map(|_| {
                            let start = Instant::now();
                            assert!(verify_password("bench-password-1", &hash));
                            start.elapsed().as_secs_f64()
                        })
                        .collect::<Vec<f64>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a bcrypt thread panicked"))
            .collect()
    });
    times.sort_by(f64::total_cmp);
    println!("{:.6}", times[times.len() / 2]);
    Ok(())
}
