//! The routes: the page, its script, style and font behind the secret, security headers, and the
//! upgrade to a WebSocket.

use super::socket::socket;
use super::*;

pub(super) async fn serve(listeners: Vec<TcpListener>, shared: Arc<Shared>) {
    let app = Router::new()
        .route("/{secret}/", get(page))
        .route("/{secret}/app.js", get(script))
        .route("/{secret}/app.css", get(style))
        .route("/{secret}/font.ttf", get(font))
        .route("/{secret}/ws", get(socket))
        .fallback(not_found)
        .layer(axum::middleware::map_response(security_headers))
        .layer(axum::middleware::map_request_with_state(
            shared.clone(),
            count_request,
        ))
        .with_state(shared.clone());
    // Wake the resting game once when the hint for "no phone yet" is due, so it is shown then.
    let waker = shared.clone();
    let mut hint_closing = shared.closing.subscribe();
    tokio::spawn(async move {
        tokio::select! {
            _ = tokio::time::sleep(crate::phone::NO_PHONE_HINT_AFTER + Duration::from_millis(200)) => {
                (waker.wake)();
            }
            _ = hint_closing.wait_for(|c| *c) => {}
        }
    });
    let mut tasks = Vec::new();
    for listener in listeners {
        let listener = match tokio::net::TcpListener::from_std(listener) {
            Ok(l) => l,
            Err(e) => {
                shared.send(PhoneEvent::Stopped(e.to_string()));
                continue;
            }
        };
        let app = app.clone();
        let mut closing = shared.closing.subscribe();
        let said = shared.clone();
        tasks.push(tokio::spawn(async move {
            // Waiting for the close signal ends with an error only when the game is gone, and
            // then there is nothing left to tell.
            let served = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    closing.wait_for(|c| *c).await.ok();
                })
                .await;
            if let Err(e) = served {
                said.send(PhoneEvent::Stopped(e.to_string()));
            }
        }));
    }
    for task in tasks {
        if let Err(e) = task.await {
            shared.send(PhoneEvent::Stopped(e.to_string()));
        }
    }
}

async fn count_request(
    State(shared): State<Arc<Shared>>,
    request: axum::extract::Request,
) -> axum::extract::Request {
    shared
        .requests
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    request
}

async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; \
             img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; \
             frame-ancestors 'none'",
        ),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// The secret compared in full, whatever its first wrong character.
pub(super) fn secret_ok(shared: &Shared, given: &str) -> bool {
    let a = shared.secret.as_bytes();
    let b = given.as_bytes();
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "Niet gevonden.").into_response()
}

fn asset(shared: &Shared, secret: &str, kind: &'static str, body: &'static [u8]) -> Response {
    if !secret_ok(shared, secret) {
        return (StatusCode::NOT_FOUND, "Niet gevonden.").into_response();
    }
    ([(header::CONTENT_TYPE, kind)], body).into_response()
}

async fn page(State(shared): State<Arc<Shared>>, Path(secret): Path<String>) -> Response {
    asset(
        &shared,
        &secret,
        "text/html; charset=utf-8",
        include_bytes!("../page/index.html"),
    )
}

async fn script(State(shared): State<Arc<Shared>>, Path(secret): Path<String>) -> Response {
    asset(
        &shared,
        &secret,
        "text/javascript; charset=utf-8",
        include_bytes!("../page/app.js"),
    )
}

async fn style(State(shared): State<Arc<Shared>>, Path(secret): Path<String>) -> Response {
    asset(
        &shared,
        &secret,
        "text/css; charset=utf-8",
        include_bytes!("../page/app.css"),
    )
}

async fn font(State(shared): State<Arc<Shared>>, Path(secret): Path<String>) -> Response {
    asset(
        &shared,
        &secret,
        "font/ttf",
        include_bytes!("../../../assets/fonts/AtkinsonHyperlegible-Regular.ttf"),
    )
}
