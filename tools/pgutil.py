"""Small PostgreSQL helper for tools/dev.sh (runs in the project's virtualenv).

    pgutil.py ping                 connect to the maintenance database
    pgutil.py modules DB a,b,c     print "installed" when every addon is installed in DB
    pgutil.py drop DB              drop DB and its filestore

Connection parameters come from the generated Odoo configuration ($BEAUTY_ODOO_CONF)
when it exists, else from libpq's PG* environment variables.
"""

import configparser
import os
import shutil
import sys

import psycopg2
from psycopg2 import sql


def _conf():
    path = os.environ.get("BEAUTY_ODOO_CONF")
    options = {}
    if path and os.path.exists(path):
        parser = configparser.ConfigParser()
        parser.read(path)
        options = dict(parser["options"])
    return options


def connect(dbname="postgres"):
    options = _conf()
    kwargs = {"dbname": dbname}
    for key, arg in (
        ("db_host", "host"),
        ("db_port", "port"),
        ("db_user", "user"),
        ("db_password", "password"),
    ):
        value = options.get(key)
        if value and value != "False":
            kwargs[arg] = value
    if "host" not in kwargs and not os.environ.get("PGHOST"):
        kwargs.setdefault("host", os.environ.get("PGHOST", ""))
    return psycopg2.connect(**kwargs)


def ping():
    with connect() as conn, conn.cursor() as cr:
        cr.execute("SELECT version()")
        print(cr.fetchone()[0])


def modules(db, names):
    names = [n for n in names.split(",") if n]
    with connect() as conn, conn.cursor() as cr:
        cr.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db])
        if not cr.fetchone():
            print("missing")
            return
    with connect(db) as conn, conn.cursor() as cr:
        try:
            cr.execute(
                "SELECT count(*) FROM ir_module_module"
                " WHERE name = ANY(%s) AND state = 'installed'",
                [names],
            )
        except psycopg2.Error:
            print("missing")
            return
        print("installed" if cr.fetchone()[0] == len(names) else "missing")


def drop(db):
    conn = connect()
    conn.autocommit = True
    with conn.cursor() as cr:
        cr.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [db],
        )
        cr.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(db)))
    conn.close()
    data_dir = _conf().get("data_dir")
    if data_dir:
        shutil.rmtree(os.path.join(data_dir, "filestore", db), ignore_errors=True)


def main(argv):
    if not argv:
        sys.exit(__doc__)
    command, args = argv[0], argv[1:]
    if command == "ping":
        ping()
    elif command == "modules":
        modules(*args)
    elif command == "drop":
        drop(*args)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
