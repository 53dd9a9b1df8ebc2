//! Times one bcrypt password verification with the server's own code, for `scripts/bench`
//! (the sign-in bound is cores ÷ this time):
//!
//! ```sh
//! cargo run --release --example bcrypt_cost -- 12 5   # cost 12, median of 5 verifications
//! ```
//!
//! Prints the median time of one verification in seconds.

use std::time::Instant;

use tokenauth::auth::{hash_password, verify_password};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let cost: u32 = args.next().as_deref().unwrap_or("12").parse()?;
    let rounds: usize = args.next().as_deref().unwrap_or("5").parse()?;
    let hash = hash_password("bench-password-1", cost)?;
    let mut times: Vec<f64> = (0..rounds.max(1))
        .map(|_| {
            let start = Instant::now();
            assert!(verify_password("bench-password-1", &hash));
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("{:.6}", times[times.len() / 2]);
    Ok(())
}
