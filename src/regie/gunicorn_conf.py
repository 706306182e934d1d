"""gunicorn settings for Regie: ``gunicorn -c python:regie.gunicorn_conf regie.wsgi``.

Every value can be changed through the environment (see docs/operations.md), so one image serves a small and a large
municipality. gunicorn's own ``GUNICORN_CMD_ARGS`` and command-line options still override what is set here.
"""

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def _bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# Behind a reverse proxy on the same machine; set REGIE_BIND=0.0.0.0:8000 in a container.
bind = os.environ.get("REGIE_BIND", "127.0.0.1:8000").split(",")

# Pages cost CPU (templates, the rules engine), so a process per core is the base; threads add room for requests
# that wait on the database. Each thread may hold its own database connection: keep workers × threads × machines
# under PostgreSQL's max_connections, or put PgBouncer in between.
workers = _int("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count(), 8))
threads = _int("REGIE_THREADS", 2)
worker_class = "gthread" if threads > 1 else "sync"

# Load Django and the engines (numpy, OR-Tools: about 85 MB) once in the master and fork: workers share that memory,
# start fast, and a configuration error (a missing setting) stops the master at once instead of every worker in a
# loop. The price: ``kill -HUP`` does not load new code; deploy by restarting the service.
preload_app = _bool("REGIE_PRELOAD", True)

# A request that takes longer than this is cut off and the worker replaced: long work belongs in a background job.
timeout = _int("REGIE_TIMEOUT", 60)
graceful_timeout = _int("REGIE_GRACEFUL_TIMEOUT", 30)
keepalive = _int("REGIE_KEEPALIVE", 5)
# Replace each worker now and then, so slow growth of memory never builds up; the jitter keeps them from all
# restarting at once.
max_requests = _int("REGIE_MAX_REQUESTS", 2000)
max_requests_jitter = _int("REGIE_MAX_REQUESTS_JITTER", 200)

# The heartbeat file on a RAM disk, so a slow disk (containers) never makes the master think a worker hangs.
if os.path.isdir("/dev/shm"):  # noqa: S108 (gunicorn creates its own private file there)
    worker_tmp_dir = "/dev/shm"  # noqa: S108

# Only this proxy may say which scheme the client used (X-Forwarded-Proto, for secure cookies and HTTPS redirects).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Access log without query strings (a caseload search holds names and BSNs), without the referrer (which holds the
# previous page's query string), and without the client's address: time, method, path, status, size and duration.
accesslog = os.environ.get("REGIE_ACCESS_LOG", "-") or None
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("REGIE_LOG_LEVEL", "info").lower()
proc_name = "regie"
# No control socket: operations use signals (TERM to stop, TTIN/TTOU to add or remove a worker).
control_socket_disable = True


def post_fork(server, worker):
    """A worker never shares a database connection the master may have opened while loading the application."""
    from django.db import connections

    connections.close_all()
