#!/usr/bin/env python3
"""The `vigie` command line: exit codes, messages, and what each command does to
the database. Usage: cli_test.py PATH_TO_VIGIE"""
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

BINARY = None


def vigie(*args, stdin=None):
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True, timeout=60)


class CliTest(unittest.TestCase):
    def setUp(self):
        self.data = tempfile.mkdtemp(prefix="vigie-cli-")

    def test_version_and_help(self):
        r = vigie("version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^vigie \d+\.\d+\.\d+")
        r = vigie("--help")
        self.assertEqual(r.returncode, 0)
        for command in ("serve", "worker", "migrate", "user", "demo", "backup", "version", "Codes de sortie"):
            self.assertIn(command, r.stdout)

    def test_usage_error_exits_2(self):
        self.assertEqual(vigie("nimporte-quoi").returncode, 2)
        self.assertEqual(vigie("user", "create", "--email", "a@b.test").returncode, 2)

    def test_migrate_creates_the_schema_then_does_nothing(self):
        r = vigie("migrate", "--data-dir", self.data)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r"[1-9]\d* migration\(s\) appliquée\(s\), version 0 → \d+")
        self.assertIn("0 migration(s)", vigie("migrate", "--data-dir", self.data).stdout)
        key = os.path.join(self.data, "secret.key")
        self.assertEqual(os.stat(key).st_mode & 0o077, 0, "secret.key is readable by its owner only")

    def test_newer_schema_is_refused_with_exit_3(self):
        vigie("migrate", "--data-dir", self.data)
        with sqlite3.connect(os.path.join(self.data, "vigie.db")) as db:
            db.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'futur', 0)")
        for command in (("migrate",), ("serve", "--listen", "127.0.0.1:0")):
            r = vigie(*command, "--data-dir", self.data)
            self.assertEqual(r.returncode, 3, r.stderr)
            self.assertIn("plus récent que ce programme", r.stderr)

    def test_user_create_checks_input_and_creates_the_account(self):
        vigie("demo", "--data-dir", self.data)
        base = ("user", "create", "--data-dir", self.data, "--password-stdin")
        r = vigie(*base, "--email", "neuf@example.test", "--role", "chef", stdin="une phrase assez longue\n")
        self.assertEqual(r.returncode, 2)
        self.assertIn("rôle inconnu", r.stderr)
        r = vigie(*base, "--email", "neuf@example.test", "--role", "crrc_consultant", "--region", "bfc", stdin="azerty123456\n")
        self.assertEqual(r.returncode, 2)
        self.assertIn("trop courant", r.stderr)
        r = vigie(*base, "--email", "consultant@vigie.example", "--role", "crrc_consultant", "--region", "bfc",
                  stdin="une phrase assez longue\n")
        self.assertEqual(r.returncode, 2)
        self.assertIn("existe déjà", r.stderr)
        r = vigie(*base, "--email", "Neuf@Example.test", "--role", "crrc_consultant", "--region", "bfc",
                  stdin="une phrase assez longue\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        with sqlite3.connect(os.path.join(self.data, "vigie.db")) as db:
            row = db.execute("SELECT role, password_hash FROM users WHERE email = 'neuf@example.test'").fetchone()
        self.assertEqual(row[0], "crrc_consultant")
        self.assertTrue(row[1].startswith("$argon2id$"))

    def test_backup_is_a_consistent_sqlite_copy(self):
        vigie("demo", "--data-dir", self.data)
        out = os.path.join(self.data, "copie.db")
        r = vigie("backup", "--data-dir", self.data, "--output", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        with sqlite3.connect(out) as db:
            self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            self.assertGreaterEqual(db.execute("SELECT COUNT(*) FROM users").fetchone()[0], 9)

    def test_backup_on_postgresql_points_to_pg_dump(self):
        r = vigie("backup", "--data-dir", self.data, "--database", "postgresql://nobody@127.0.0.1:1/none",
                  "--output", "x")
        self.assertNotEqual(r.returncode, 0)

    def test_bad_config_file_names_file_and_line(self):
        conf = os.path.join(self.data, "vigie.toml")
        with open(conf, "w") as f:
            f.write('listen = "127.0.0.1:9"\nport = 3\n')
        r = vigie("migrate", "--config", conf)
        self.assertEqual(r.returncode, 1)
        self.assertIn(f"{conf}:2", r.stderr)
        self.assertIn("port", r.stderr)


if __name__ == "__main__":
    BINARY = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
