# tokenauth in a container: a static-ish release build, then a small runtime image.
#   docker build -t tokenauth .
#   docker run -p 3000:3000 -v tokenauth-data:/data tokenauth
FROM rust:1-slim-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked && strip target/release/tokenauth

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /data --shell /usr/sbin/nologin tokenauth \
    && mkdir -p /data && chown tokenauth /data
COPY --from=build /src/target/release/tokenauth /usr/local/bin/tokenauth
USER tokenauth
WORKDIR /data
VOLUME ["/data"]
ENV TOKENAUTH__SERVER__BIND=0.0.0.0:3000 \
    TOKENAUTH__DATABASE__PATH=/data/tokenauth.db \
    TOKENAUTH__MAIL__OUTBOX_DIR=/data/outbox
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=5s \
    CMD ["tokenauth", "healthcheck", "--url", "http://127.0.0.1:3000/health"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["tokenauth"]
CMD ["serve"]
