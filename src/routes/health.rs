use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use serde_json::json;

use crate::http::json_response;
use crate::state::AppState;

/// `GET /health`: 200 only when the database answers a query.
pub async fn health(state: web::Data<AppState>) -> HttpResponse {
    let db = state.db.clone();
    let answered = web::block(move || -> anyhow::Result<()> {
        let conn = db.get()?;
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        Ok(())
    })
    .await;
    match answered {
        Ok(Ok(())) => json_response(StatusCode::OK, &json!({"status": "ok", "database": "ok"})),
        Ok(Err(e)) => {
            tracing::error!(
                error = format!("{e:#}"),
                "health check: database unavailable"
            );
            json_response(
                StatusCode::SERVICE_UNAVAILABLE,
                &json!({"status": "error", "database": "unavailable"}),
            )
        }
        Err(_) => json_response(
            StatusCode::SERVICE_UNAVAILABLE,
            &json!({"status": "error", "database": "unavailable"}),
        ),
    }
}
