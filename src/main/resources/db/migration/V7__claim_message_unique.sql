-- One claim per sick report: two deliveries of one message id racing each other cannot both create one.
create unique index uq_claim_client_message on claim (client_id, message_id);
