# stackcheck in a small image: built with the Swift toolchain, run on Debian slim as a non-root user.
# There is no Docker engine on the project's build machines: this file is kept simple and is not built
# in CI (see README, "Shipping"). scripts/package makes the same binary as a tarball.
ARG SWIFT_VERSION=6.3

FROM swift:${SWIFT_VERSION}-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libyaml-dev libcurl4-openssl-dev libssl-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The whole package: the manifest names its test targets too, and SwiftPM wants their folders.
COPY . .
RUN swift build -c release --static-swift-stdlib --product stackcheck \
    && install -D "$(swift build -c release --static-swift-stdlib --show-bin-path)/stackcheck" /out/stackcheck \
    && strip /out/stackcheck \
    && env -i /out/stackcheck --version

FROM debian:bookworm-slim
# The Swift runtime is inside the binary; these are the C libraries it links (HTTPS, SigV4, YAML, and
# libxml2 for static Foundation's XML).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libcurl4 libssl3 libyaml-0-2 libxml2 libstdc++6 ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --create-home --home-dir /home/stackcheck stackcheck
COPY --from=build /out/stackcheck /usr/local/bin/stackcheck
COPY Golden /opt/stackcheck/Golden
USER 10001
WORKDIR /opt/stackcheck
ENTRYPOINT ["/usr/local/bin/stackcheck"]
CMD ["--help"]
