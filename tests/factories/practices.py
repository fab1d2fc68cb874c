import factory

from editorial.models import Status
from practices.models import (
    PracticeCountry,
    PracticeSubmission,
    PracticeType,
    RepositoryPractice,
)
from tests.factories.guidelines import StakeholderTypeFactory


class RepositoryPracticeFactory(factory.django.DjangoModelFactory):
    """A published practice. Pass countries=["SN"], guidelines=[...], phases=[...],
    stakeholder_types=[...] to tag it."""

    class Meta:
        model = RepositoryPractice
        skip_postgeneration_save = True

    status = Status.PUBLISHED
    title_en = factory.Sequence(lambda n: f"Practice number {n}")
    title_fr = factory.Sequence(lambda n: f"Pratique numéro {n}")
    slug_en = factory.Sequence(lambda n: f"practice-number-{n}")
    slug_fr = factory.Sequence(lambda n: f"pratique-numero-{n}")
    description_en = "What was done, by whom and with what result."
    description_fr = "Ce qui a été fait, par qui et avec quel résultat."
    stakeholder_name_en = "Ministry of Labour"
    stakeholder_name_fr = "Ministère du travail"
    practice_type = PracticeType.TRAINING
    crisis_conflict = True

    @factory.post_generation
    def countries(self, create, codes, **kwargs):
        for code in codes or ():
            PracticeCountry.objects.create(practice=self, country=code)

    @factory.post_generation
    def guidelines(self, create, guidelines, **kwargs):
        if guidelines:
            self.guidelines.set(guidelines)

    @factory.post_generation
    def phases(self, create, phases, **kwargs):
        if phases:
            self.phases.set(phases)

    @factory.post_generation
    def stakeholder_types(self, create, kinds, **kwargs):
        if kinds:
            self.stakeholder_types.set(kinds)


class PracticeSubmissionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PracticeSubmission

    submitter_name = "Zanele Private-Person"
    organisation = "Coastal Relief Network"
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    submitter_country = "ZA"
    title = factory.Sequence(lambda n: f"Shared practice {n}")
    description = "A practice shared through the public form, described at some length."
    stakeholder_type = factory.SubFactory(StakeholderTypeFactory)
    country = "MZ"
    crisis_natural_disaster = True
    language = "en"
