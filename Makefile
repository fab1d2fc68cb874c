# The two commands a newcomer needs:
#   make run    a working demo site on SQLite at http://127.0.0.1:8000/
#   make test   the whole test suite (unit, view and browser tests)
# `make ci` runs what CI runs (also against PostgreSQL).

VENV := .venv
PY := $(VENV)/bin/python
DEV := DJANGO_DEBUG=1

.PHONY: run test venv messages makemessages lint format check-deploy ci clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	@test -x $(PY) || "$$(scripts/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	@touch $@

messages: venv
	$(DEV) $(PY) manage.py compilemessages --ignore=.venv -v 0

makemessages: venv
	$(DEV) $(PY) manage.py makemessages -l fr --ignore=.venv --ignore=staticfiles --add-location=file

run: messages
	$(DEV) $(PY) manage.py migrate --noinput
	$(DEV) $(PY) manage.py seed_demo
	$(DEV) $(PY) manage.py create_demo_admin
	@echo "The MICIC Portal is at http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/en/admin/)"
	@# The task worker (emails, index rebuilds) runs beside the server and stops with it.
	@# It does not reload on code changes: restart `make run` after editing a task.
	$(DEV) $(PY) manage.py db_worker --no-reload --interval 2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV) $(PY) manage.py runserver 127.0.0.1:8000

# Bytecode and pytest's rewritten test modules are kept in __pycache__ even
# where PYTHONDONTWRITEBYTECODE is set (as on our CI machines): without them
# each worker spends 3 s more compiling before its first test.
test: messages
	@scripts/ensure-system-packages
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -n auto

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check-deploy: venv
	DJANGO_SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	DJANGO_ALLOWED_HOSTS=micic.example.org CACHE_URL=redis://127.0.0.1:6379/0 \
	$(PY) manage.py check --deploy --fail-level WARNING

ci:
	bash .ci/run

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
