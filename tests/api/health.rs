use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::*;

#[tokio::test]
async fn health_answers_when_the_database_answers() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(app.root_url("/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_json_content_type(&response);
    assert_eq!(
        body_json(response).await,
        json!({"status": "ok", "database": "ok"})
    );
}
