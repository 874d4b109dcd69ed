# Initial data of the test Request Tracker instance: a support and a hardware queue, an agent with the rights an
# agent needs there, a customer, and knowledge-base articles.
@Queues = (
    {   Name        => 'Support',
        Description => 'Customer support (AgentDesk tests)',
    },
    {   Name        => 'Hardware',
        Description => 'Hardware repairs: tickets are moved here from Support',
    },
);

@Users = (
    {   Name         => 'agent',
        Password     => 'agent-secret-1',
        EmailAddress => 'agent@agentdesk.test',
        RealName     => 'Alex Morgan',
        Privileged   => 1,
    },
    {   Name         => 'agent2',
        Password     => 'agent-secret-2',
        EmailAddress => 'agent2@agentdesk.test',
        RealName     => 'Wei Zhang',
        Privileged   => 1,
    },
    {   Name         => 'ada@example.com',
        EmailAddress => 'ada@example.com',
        RealName     => 'Ada Lovelace',
        Privileged   => 0,
    },
);

# A new privileged user has no rights until granted: grant agents what working a queue takes.
my @queueRights = qw(SeeQueue ShowTicket CreateTicket ReplyToTicket CommentOnTicket ModifyTicket
    OwnTicket TakeTicket StealTicket ShowTicketComments ShowOutgoingEmail Watch WatchAsAdminCc
    SeeCustomField ModifyCustomField);
@ACL = (
    ( map { my $queue = $_; map { my $user = $_; map { { UserId => $user, Queue => $queue, Right => $_ } } @queueRights }
        qw(agent agent2) } qw(Support Hardware) ),
    ( map { my $user = $_; map { { UserId => $user, Right => $_ } } qw(ShowArticle SeeClass ShowArticlesMenu ModifySelf SeeCustomField) }
        qw(agent agent2) ),
);

@Articles = (
    {   Class   => 'General',
        Name    => 'Replace a failed disk in an Orion NAS',
        Summary => 'Hot-swap a disk marked failed; the RAID rebuilds by itself.',
        CustomFields => [ { CustomField => 'Content', Content =>
            'Check the red disk LED, pull the tray, insert the new disk of equal or larger size. The rebuild starts within a minute.' } ],
    },
    {   Class   => 'General',
        Name    => 'Router loses VLANs after a reboot',
        Summary => 'Save the running configuration before rebooting a Helix router.',
        CustomFields => [ { CustomField => 'Content', Content =>
            'Open Administration, Configuration, Save running configuration. <script>alert("x")</script> must show as text.' } ],
    },
    {   Class   => 'General',
        Name    => 'UPS battery warning',
        Summary => 'When to replace the battery of a Pulse UPS.',
        CustomFields => [ { CustomField => 'Content', Content => 'Replace the battery when capacity is below 60% after a full charge.' } ],
    },
);

# A ticket field agents set from AgentDesk.
@CustomFields = (
    {   Name       => 'Severity',
        Type       => 'FreeformSingle',
        LookupType => 'RT::Queue-RT::Ticket',
        Queue      => 'Support',
    },
);

# An auth token for the agent, for the token-auth test; written where rt-instance.sh asks.
@Final = (
    sub {
        my $agent = RT::User->new( RT->SystemUser );
        $agent->Load('agent');
        my $token = RT::AuthToken->new( RT->SystemUser );
        my ( $id, $msg, $authstring ) = $token->Create( Owner => $agent->Id, Description => 'AgentDesk tests' );
        die "auth token: $msg" unless $id;
        open my $out, '>', $ENV{AGENTDESK_RT_TOKEN_FILE} or die "token file: $!";
        print $out $authstring;
        close $out;
    },
);
1;
