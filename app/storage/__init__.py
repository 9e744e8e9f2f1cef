"""Where the data lives: the engine (made in one place), migrations, backups and checks."""
