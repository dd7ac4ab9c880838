//! The routes: the page, its script, style and font behind the secret, security headers, and the
//! upgrade to a WebSocket.

use super::socket::socket;
use super::*;

/// The page, its script, style and font behind the secret, and the WebSocket. Every other
/// request, whatever its method, gets the same 404.
pub(super) fn routes(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/{secret}/", get(page))
        .route("/{secret}/app.js", get(script))
        .route("/{secret}/app.css", get(style))
        .route("/{secret}/font.ttf", get(font))
        .route("/{secret}/ws", get(socket))
        .fallback(not_found)
        .method_not_allowed_fallback(not_found)
        .layer(axum::middleware::map_response(security_headers))
        .layer(axum::middleware::map_request_with_state(
            shared.clone(),
            count_request,
        ))
        .with_state(shared)
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

async fn not_found() -> Response {
    not_found_now()
}

fn asset(shared: &Shared, secret: &str, kind: &'static str, body: &'static [u8]) -> Response {
    if !shared.secret_ok(secret) {
        return not_found_now();
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
