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

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app_with(|s| s.auth.confirmable = true).await;
    let responses = [
        app.client
            .get(app.root_url("/health"))
            .send()
            .await
            .unwrap(),
        app.client
            .get(app.url("/validate_token"))
            .send()
            .await
            .unwrap(),
        app.client.get(app.root_url("/nope")).send().await.unwrap(),
        app.client
            .get(app.url("/confirmation?confirmation_token=x&redirect_url=http://app.example/"))
            .send()
            .await
            .unwrap(),
    ];
    for response in &responses {
        assert_eq!(header(response, "x-content-type-options"), Some("nosniff"));
        assert_eq!(header(response, "x-frame-options"), Some("DENY"));
        assert_eq!(
            header(response, "content-security-policy"),
            Some("default-src 'none'; frame-ancestors 'none'")
        );
        assert!(header(response, "x-request-id").is_some_and(|id| id.len() == 32));
    }
    assert_eq!(responses[3].status(), StatusCode::FOUND);
}
