//! The accept loop: HTTP/1.1 with a per-connection switch, so a handler can drop its
//! connection without answering (a POST committed, the answer lost).

use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::sync::Notify;
use tower::ServiceExt;

use crate::DropConnection;

/// Serves `app` on `listener` until `stop` fires; then closes every open connection too, so
/// a stopped emulator serves nothing (a restart is a real restart).
pub async fn serve(listener: tokio::net::TcpListener, app: Router, mut stop: tokio::sync::oneshot::Receiver<()>) {
    let (closing, closed) = tokio::sync::watch::channel(false);
    loop {
        let (socket, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!("accept failed: {e}");
                    continue;
                }
            },
            _ = &mut stop => {
                let _ = closing.send(true);
                return;
            }
        };
        // Answers are small: send them at once rather than waiting to fill a segment.
        let _ = socket.set_nodelay(true);
        let app = app.clone();
        let mut closed = closed.clone();
        tokio::spawn(async move {
            let kill = Arc::new(Notify::new());
            let killer = kill.clone();
            let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
                let app = app.clone();
                let killer = killer.clone();
                async move {
                    let response = app
                        .oneshot(request.map(axum::body::Body::new))
                        .await
                        .unwrap_or_else(|e: Infallible| match e {});
                    if response.extensions().get::<DropConnection>().is_some() {
                        killer.notify_one();
                        std::future::pending::<()>().await;
                    }
                    Ok::<_, Infallible>(response)
                }
            });
            let connection = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(socket), service);
            tokio::select! {
                _ = connection => {}
                _ = kill.notified() => {}
                _ = closed.wait_for(|c| *c) => {}
            }
        });
    }
}
