#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "CurlLoader.h"

struct curl_loader_events {
    CURLM *multi;
    int wake[2];             // a pipe: the wait polls its read end; a wake-up writes one byte to the other
    struct pollfd *sockets;  // what libcurl waits for on each of its sockets, slot 0 being the pipe's read end
    struct pollfd *ready;    // a copy of `sockets` for poll to fill in while libcurl's callbacks change `sockets`
    int count, capacity;
    long long deadline_ms;  // libcurl's timer on the monotonic clock, -1 when it has none
};

static long long now_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

// CURLMOPT_SOCKETFUNCTION: libcurl says which events it waits for on a socket, or that it is done with it.
static int on_socket(CURL *easy, curl_socket_t socket, int what, void *data, void *socket_data) {
    (void)easy, (void)socket_data;
    curl_loader_events *events = data;
    int slot = 1;
    while (slot < events->count && events->sockets[slot].fd != socket) slot++;
    if (what == CURL_POLL_REMOVE) {
        if (slot < events->count) events->sockets[slot] = events->sockets[--events->count];
        return 0;
    }
    if (slot == events->count) {
        if (events->count == events->capacity) {
            int capacity = events->capacity * 2;
            struct pollfd *sockets = realloc(events->sockets, capacity * sizeof *sockets);
            if (!sockets) return -1;  // libcurl then fails the transfers of this multi handle
            events->sockets = sockets;
            struct pollfd *ready = realloc(events->ready, capacity * sizeof *ready);
            if (!ready) return -1;
            events->ready = ready;
            events->capacity = capacity;
        }
        events->sockets[events->count++] = (struct pollfd){.fd = socket};
    }
    events->sockets[slot].events = (short)((what & CURL_POLL_IN ? POLLIN : 0) | (what & CURL_POLL_OUT ? POLLOUT : 0));
    return 0;
}

// CURLMOPT_TIMERFUNCTION: when libcurl next needs to run without socket activity (timeouts, a new transfer).
static int on_timer(CURLM *multi, long timeout_ms, void *data) {
    (void)multi;
    curl_loader_events *events = data;
    events->deadline_ms = timeout_ms < 0 ? -1 : now_ms() + timeout_ms;
    return 0;
}

static int nonblocking_pipe(int ends[2]) {
    if (pipe(ends) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        if (fcntl(ends[i], F_SETFL, O_NONBLOCK) != 0 || fcntl(ends[i], F_SETFD, FD_CLOEXEC) != 0) {
            close(ends[0]), close(ends[1]);
            return -1;
        }
    }
    return 0;
}

curl_loader_events *curl_loader_events_new(void) {
    curl_loader_events *events = calloc(1, sizeof *events);
    if (!events) return NULL;
    events->capacity = 16;
    events->sockets = calloc(events->capacity, sizeof *events->sockets);
    events->ready = calloc(events->capacity, sizeof *events->ready);
    events->deadline_ms = -1;
    events->wake[0] = events->wake[1] = -1;
    if (events->sockets && events->ready && nonblocking_pipe(events->wake) == 0) {
        events->sockets[0] = (struct pollfd){.fd = events->wake[0], .events = POLLIN};
        events->count = 1;
        events->multi = curl_loader_multi_init();
        if (events->multi && curl_loader_multi_set_callbacks(events->multi, on_socket, on_timer, events) == CURLM_OK) {
            return events;
        }
    }
    curl_loader_events_free(events);
    return NULL;
}

CURLM *curl_loader_events_multi(curl_loader_events *events) { return events->multi; }

void curl_loader_events_run(curl_loader_events *events, int max_wait_ms) {
    int wait = max_wait_ms;
    if (events->deadline_ms >= 0) {
        long long left = events->deadline_ms - now_ms();
        if (left < wait) wait = left < 0 ? 0 : (int)left;
    }
    int count = events->count;
    memcpy(events->ready, events->sockets, count * sizeof *events->ready);
    int running = 0;
    if (poll(events->ready, (nfds_t)count, wait) > 0) {
        if (events->ready[0].revents) {
            char drained[64];
            while (read(events->wake[0], drained, sizeof drained) > 0) {}
        }
        for (int i = 1; i < count; i++) {
            short revents = events->ready[i].revents;
            if (!revents) continue;
            // A hang-up is read as input, so that libcurl reads the end of the stream and sees why.
            int mask = (revents & (POLLIN | POLLHUP) ? CURL_CSELECT_IN : 0) | (revents & POLLOUT ? CURL_CSELECT_OUT : 0) |
                       (revents & (POLLERR | POLLNVAL) ? CURL_CSELECT_ERR : 0);
            curl_loader_multi_socket_action(events->multi, events->ready[i].fd, mask, &running);
        }
    }
    if (events->deadline_ms >= 0 && now_ms() >= events->deadline_ms) {
        events->deadline_ms = -1;  // before the call: libcurl sets its next timer from inside it
        curl_loader_multi_socket_action(events->multi, CURL_SOCKET_TIMEOUT, 0, &running);
    }
}

void curl_loader_events_wake(curl_loader_events *events) {
    // A full pipe already holds a wake-up, so a failed write loses nothing.
    ssize_t written = write(events->wake[1], "", 1);
    (void)written;
}

void curl_loader_events_free(curl_loader_events *events) {
    if (!events) return;
    if (events->multi) curl_loader_multi_cleanup(events->multi);
    for (int i = 0; i < 2; i++) {
        if (events->wake[i] >= 0) close(events->wake[i]);
    }
    free(events->sockets);
    free(events->ready);
    free(events);
}
