"""
Create the local accounts for a newcomer's demo site, once.

- "admin", a superuser (manages accounts);
- "editor", in the Editors group (edits content, cannot publish);
- "publisher", in the Publishers group (edits, publishes and deletes).

The admin password comes from DJANGO_SUPERUSER_PASSWORD, or is generated;
the other two are generated. Each is printed when the account is created;
an existing account is left as it is.
"""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from editorial.roles import EDITORS, PUBLISHERS

# username, group: the demo accounts for each editorial role.
ROLE_ACCOUNTS = [("editor", EDITORS), ("publisher", PUBLISHERS)]


class Command(BaseCommand):
    help = "Create a superuser and an editor and a publisher account for the local demo site."

    def add_arguments(self, parser):
        parser.add_argument(
            "--username", default=os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin")
        )
        parser.add_argument(
            "--email", default=os.environ.get("DJANGO_SUPERUSER_EMAIL", "admin@example.org")
        )

    def handle(self, *args, username, email, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin account '{username}' already exists (password unchanged; "
                f"reset it with: python manage.py changepassword {username})."
            )
        else:
            password = os.environ.get("DJANGO_SUPERUSER_PASSWORD") or secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email=email, password=password)
            self.stdout.write(
                self.style.SUCCESS(f"Admin login: username '{username}', password '{password}'")
            )
        for role_username, group_name in ROLE_ACCOUNTS:
            self.create_role_account(User, role_username, group_name)

    def create_role_account(self, User, username, group_name):
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Account '{username}' already exists (password unchanged).")
            return
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password=password,
            is_staff=True,  # may sign in to the admin; the group says what it may do there
        )
        user.groups.add(Group.objects.get(name=group_name))
        self.stdout.write(
            self.style.SUCCESS(
                f"{group_name[:-1]} login ({group_name} group): username '{username}', "
                f"password '{password}'"
            )
        )
